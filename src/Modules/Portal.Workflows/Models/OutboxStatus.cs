namespace Portal.Workflows.Models;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

public static class OutboxStatusNames
{
    public static string ToChinese(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "待发送",
        OutboxStatus.Sent => "已发送",
        OutboxStatus.Failed => "发送失败",
        _ => status.ToString(),
    };
}
