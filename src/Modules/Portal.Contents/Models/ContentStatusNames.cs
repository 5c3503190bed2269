namespace Portal.Contents.Models;

public static class ContentStatusNames
{
    public static string ToChinese(this ContentStatus status) => status switch
    {
        ContentStatus.Draft => "草稿",
        ContentStatus.PendingReview => "待审核",
        ContentStatus.Scheduled => "定时发布",
        ContentStatus.Published => "已发布",
        _ => status.ToString(),
    };

    public static string CssClass(this ContentStatus status) => status switch
    {
        ContentStatus.PendingReview => "status-pending",
        ContentStatus.Scheduled => "status-scheduled",
        ContentStatus.Published => "status-published",
        _ => "status-draft",
    };
}
