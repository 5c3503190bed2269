namespace Portal.Delegates.Models;

/// <summary>The words readers and editors see for the module's enumerations.</summary>
public static class ChineseNames
{
    public static readonly IReadOnlyDictionary<DelegateLevel, string> Levels = new Dictionary<DelegateLevel, string>
    {
        [DelegateLevel.City] = "市级",
        [DelegateLevel.County] = "县级",
        [DelegateLevel.Township] = "乡级",
    };

    public static readonly IReadOnlyDictionary<CommitteeRole, string> Roles = new Dictionary<CommitteeRole, string>
    {
        [CommitteeRole.None] = "无",
        [CommitteeRole.Director] = "主任",
        [CommitteeRole.DeputyDirector] = "副主任",
        [CommitteeRole.Member] = "委员",
    };

    public static readonly IReadOnlyDictionary<LiaisonPointType, string> PointTypes = new Dictionary<LiaisonPointType, string>
    {
        [LiaisonPointType.KeyProject] = "重点项目",
        [LiaisonPointType.Enterprise] = "小巨人企业",
        [LiaisonPointType.RuralCommunity] = "新型农村社区",
        [LiaisonPointType.VoterGroup] = "选民小组",
    };

    public static readonly IReadOnlyDictionary<ContactForm, string> Forms = new Dictionary<ContactForm, string>
    {
        [ContactForm.Visit] = "走访",
        [ContactForm.Symposium] = "座谈",
        [ContactForm.ReceptionDay] = "接待日",
        [ContactForm.Phone] = "电话",
        [ContactForm.Online] = "网络",
    };

    public static readonly IReadOnlyDictionary<FollowUpStatus, string> FollowUps = new Dictionary<FollowUpStatus, string>
    {
        [FollowUpStatus.Open] = "待办理",
        [FollowUpStatus.InProgress] = "办理中",
        [FollowUpStatus.Done] = "已办结",
    };

    public static readonly IReadOnlyDictionary<ReviewStatus, string> Reviews = new Dictionary<ReviewStatus, string>
    {
        [ReviewStatus.Pending] = "待审核",
        [ReviewStatus.Approved] = "已通过",
        [ReviewStatus.Returned] = "已退回",
    };

    public static string ToChinese(this DelegateLevel level) => Levels[level];

    public static string ToChinese(this CommitteeRole role) => Roles[role];

    public static string ToChinese(this LiaisonPointType type) => PointTypes[type];

    public static string ToChinese(this ContactForm form) => Forms[form];

    public static string ToChinese(this FollowUpStatus status) => FollowUps[status];

    public static string ToChinese(this ReviewStatus status) => Reviews[status];

    /// <summary>The enumeration value whose Chinese name is <paramref name="text"/>, as typed in a spreadsheet.</summary>
    public static bool TryParse<T>(IReadOnlyDictionary<T, string> names, string? text, out T value)
        where T : struct, Enum
    {
        var trimmed = text?.Trim();
        foreach (var (key, name) in names)
        {
            if (name == trimmed)
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
