namespace Portal.Core.Security;

public static class BuiltInRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Judge = "Judge";
    public const string Delegate = "Delegate";
    public const string Staff = "Staff";
    public const string StudyOrganiser = "StudyOrganiser";

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [Administrator] = "管理员",
        [Editor] = "编辑",
        [Author] = "作者",
        [Judge] = "评委",
        [Delegate] = "代表",
        [Staff] = "机关干部",
        [StudyOrganiser] = "学习组织者",
    };
}
