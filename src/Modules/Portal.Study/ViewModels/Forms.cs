using System.ComponentModel.DataAnnotations;
using Portal.Study.Models;
using Portal.Study.Services;

namespace Portal.Study.ViewModels;

/// <summary>The session form, in Beijing time; shown again as typed on any refusal.</summary>
public sealed class SessionEditModel
{
    public int? Id { get; set; }

    [Display(Name = "名称")]
    public string? Title { get; set; }

    [Display(Name = "学习专题")]
    public string? Topic { get; set; }

    [Display(Name = "学习形式")]
    public StudyForm Form { get; set; } = StudyForm.Collective;

    [Display(Name = "开始时间")]
    public DateTime? StartsAt { get; set; }

    [Display(Name = "结束时间")]
    public DateTime? EndsAt { get; set; }

    [Display(Name = "地点")]
    public string? Place { get; set; }

    [Display(Name = "主讲人")]
    public string? Speaker { get; set; }

    [Display(Name = "参加范围")]
    public int? BranchId { get; set; }

    [Display(Name = "内容说明")]
    public string? Description { get; set; }

    [Display(Name = "学习资料")]
    public List<int> MaterialIds { get; set; } = [];

    public SessionInput ToInput() => new(Title, Topic, Form, StartsAt, EndsAt, Place, Speaker, BranchId, Description, MaterialIds);

    public static SessionEditModel From(StudySession s) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Topic = s.Topic,
        Form = s.Form,
        StartsAt = Portal.Core.Hosting.ChinaTime.ToChinaTime(s.StartsAt),
        EndsAt = Portal.Core.Hosting.ChinaTime.ToChinaTime(s.EndsAt),
        Place = s.Place,
        Speaker = s.Speaker,
        BranchId = s.BranchId,
        Description = s.Description,
        MaterialIds = [.. s.Materials.Select(m => m.MaterialId)],
    };
}

public sealed record SessionEditPage(SessionEditModel Form, IReadOnlyList<StudyBranch> Branches, IReadOnlyList<MaterialRow> Materials);

public sealed class MaterialEditModel
{
    [Display(Name = "标题")]
    public string? Title { get; set; }

    [Display(Name = "学习专题")]
    public string? Topic { get; set; }

    [Display(Name = "类型")]
    public MaterialKind Kind { get; set; }

    [Display(Name = "内容提要")]
    public string? Summary { get; set; }

    [Display(Name = "正文（Markdown）")]
    public string? BodyMarkdown { get; set; }

    [Display(Name = "链接地址")]
    public string? Url { get; set; }

    public MaterialInput ToInput() => new(Title, Topic, Kind, Summary, BodyMarkdown, Url);
}

public sealed class ReflectionEditModel
{
    [Display(Name = "类别")]
    public ReflectionKind Kind { get; set; }

    [Display(Name = "学习活动")]
    public int? SessionId { get; set; }

    [Display(Name = "学习资料")]
    public int? MaterialId { get; set; }

    [Display(Name = "标题")]
    public string? Title { get; set; }

    [Display(Name = "正文")]
    public string? Body { get; set; }

    public ReflectionInput ToInput() => new(Kind, SessionId, MaterialId, Title, Body);
}
