namespace Portal.Delegates.Rules;

/// <summary>The column headings of the delegate spreadsheet, for import and export alike.</summary>
public static class DelegateSheet
{
    public const string Name = "姓名";
    public const string Level = "层级";
    public const string Congress = "届别";
    public const string Delegation = "代表团或选区";
    public const string Start = "任期开始";
    public const string End = "任期结束";
    public const string Occupation = "职业";
    public const string Unit = "工作单位";
    public const string CommitteeRole = "常委会职务";
    public const string SpecialCommittee = "专门委员会";
    public const string ContactStation = "联络站";
    public const string ReceptionDays = "接待日";
    public const string Slug = "网址标识";
    public const string Biography = "简介";
    public const string Phone = "手机号码";
    public const string IdNumber = "身份证号";
    public const string HomeAddress = "家庭住址";

    public static readonly IReadOnlyList<string> Required = [Name, Level, Congress, Delegation, Start];

    /// <summary>The public columns, in the order the export writes them.</summary>
    public static readonly IReadOnlyList<string> Public =
        [Name, Level, Congress, Delegation, Start, End, Occupation, Unit, CommitteeRole, SpecialCommittee, ContactStation, ReceptionDays, Slug, Biography];

    public static readonly IReadOnlyList<string> Private = [Phone, IdNumber, HomeAddress];
}
