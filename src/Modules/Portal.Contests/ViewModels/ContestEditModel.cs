using System.ComponentModel.DataAnnotations;
using Portal.Contents.Rules;

namespace Portal.Contests.ViewModels;

/// <summary>The contest form: the notice (content) and its structured settings. Times are Beijing time, to the second.</summary>
public sealed class ContestEditModel
{
    public long? Id { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "活动名称")]
    [Required(ErrorMessage = "请填写活动名称。")]
    [StringLength(ContentDraftRules.TitleMaxLength, ErrorMessage = "活动名称不能超过 {1} 个字。")]
    public string Title { get; set; } = "";

    [Display(Name = "主题")]
    [StringLength(ContentDraftRules.SummaryMaxLength, ErrorMessage = "主题不能超过 {1} 个字。")]
    public string? Theme { get; set; }

    [Display(Name = "征文规则（Markdown）")]
    [StringLength(ContentDraftRules.BodyMaxLength, ErrorMessage = "征文规则不能超过 {1} 个字符。")]
    public string? Rules { get; set; }

    [Display(Name = "网址标识")]
    [StringLength(SlugRules.MaxLength, ErrorMessage = "网址标识不能超过 {1} 个字符。")]
    public string? Slug { get; set; }

    [Display(Name = "开始时间")]
    [Required(ErrorMessage = "请填写开始时间。")]
    public DateTime? OpensAt { get; set; }

    [Display(Name = "截止时间")]
    [Required(ErrorMessage = "请填写截止时间。")]
    public DateTime? ClosesAt { get; set; }

    [Display(Name = "可参加的角色")]
    public List<string> EligibleRoles { get; set; } = [];

    [Display(Name = "每件作品的评委人数")]
    [Range(1, 9, ErrorMessage = "每件作品的评委人数须在 1 到 9 之间。")]
    public int JudgesPerEntry { get; set; } = 3;

    [Display(Name = "按评委标准化分数")]
    public bool NormaliseScores { get; set; }

    /// <summary>save or publish.</summary>
    public string Command { get; set; } = "save";
}
