namespace Portal.Contests.Models;

public enum EntryStatus
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
}

public static class EntryStatusNames
{
    public static string ToChinese(this EntryStatus status) => status switch
    {
        EntryStatus.Draft => "草稿",
        EntryStatus.Submitted => "已提交",
        EntryStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
