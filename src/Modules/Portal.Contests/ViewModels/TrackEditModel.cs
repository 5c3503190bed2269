using System.ComponentModel.DataAnnotations;
using Portal.Contests.Models;

namespace Portal.Contests.ViewModels;

public sealed class TrackEditModel
{
    public int? Id { get; set; }

    [Display(Name = "类别")]
    public TrackKind Kind { get; set; }

    [Display(Name = "名称")]
    [Required(ErrorMessage = "请填写赛道名称。")]
    [StringLength(50, ErrorMessage = "赛道名称不能超过 {1} 个字。")]
    public string Name { get; set; } = "";

    [Display(Name = "最少字数")]
    [Range(0, 100_000, ErrorMessage = "最少字数须在 0 到 100000 之间。")]
    public int MinLength { get; set; }

    [Display(Name = "最多字数")]
    [Range(1, 100_000, ErrorMessage = "最多字数须在 1 到 100000 之间。")]
    public int MaxLength { get; set; } = 5000;

    [Display(Name = "每人限交件数")]
    [Range(1, 20, ErrorMessage = "每人限交件数须在 1 到 20 之间。")]
    public int MaxEntriesPerPerson { get; set; } = 1;

    [Display(Name = "允许上传附件")]
    public bool AllowAttachments { get; set; }

    [Display(Name = "排序")]
    [Range(0, 999, ErrorMessage = "排序须在 0 到 999 之间。")]
    public int SortOrder { get; set; }

    /// <summary>Rubric rows; rows without a name are ignored.</summary>
    public List<CriterionRow> Criteria { get; set; } = [];
}

public sealed class CriterionRow
{
    public int? Id { get; set; }

    [StringLength(50, ErrorMessage = "评分项名称不能超过 {1} 个字。")]
    public string? Name { get; set; }

    public int Weight { get; set; }
}
