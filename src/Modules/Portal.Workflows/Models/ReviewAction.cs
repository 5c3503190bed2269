namespace Portal.Workflows.Models;

public enum ReviewAction
{
    Submitted,
    SentBack,
    Approved,
    Scheduled,
}

public static class ReviewActionNames
{
    public static string ToChinese(this ReviewAction action) => action switch
    {
        ReviewAction.Submitted => "提交审核",
        ReviewAction.SentBack => "退回修改",
        ReviewAction.Approved => "审核通过并发布",
        ReviewAction.Scheduled => "审核通过，定时发布",
        _ => action.ToString(),
    };
}
