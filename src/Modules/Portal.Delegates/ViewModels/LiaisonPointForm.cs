using System.ComponentModel.DataAnnotations;
using Portal.Delegates.Models;

namespace Portal.Delegates.ViewModels;

public sealed class LiaisonPointForm
{
    public int? Id { get; set; }

    [Display(Name = "名称")]
    public string? Name { get; set; }

    [Display(Name = "网址标识")]
    public string? Slug { get; set; }

    [Display(Name = "类型")]
    public LiaisonPointType Type { get; set; }

    [Display(Name = "地点")]
    public string? Location { get; set; }

    [Display(Name = "简介（Markdown）")]
    public string? Description { get; set; }
}
