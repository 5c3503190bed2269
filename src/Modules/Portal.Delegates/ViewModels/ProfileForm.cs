using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Portal.Contents.Models;
using Portal.Delegates.Models;

namespace Portal.Delegates.ViewModels;

/// <summary>The profile form as posted; on any refusal it is shown again as typed, so nothing is lost.</summary>
public sealed class ProfileForm
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "姓名")]
    public string? Name { get; set; }

    [Display(Name = "网址标识")]
    public string? Slug { get; set; }

    [Display(Name = "职业")]
    public string? Occupation { get; set; }

    [Display(Name = "工作单位")]
    public string? Unit { get; set; }

    [Display(Name = "常委会职务")]
    public CommitteeRole CommitteeRole { get; set; }

    [Display(Name = "专门委员会")]
    public string? SpecialCommittee { get; set; }

    [Display(Name = "联络站")]
    public string? ContactStation { get; set; }

    [Display(Name = "接待日")]
    public string? ReceptionDays { get; set; }

    [Display(Name = "简介")]
    public string? Biography { get; set; }

    public List<MandateForm> Mandates { get; set; } = [];

    [Display(Name = "私人电话")]
    public string? Phone { get; set; }

    [Display(Name = "身份证号")]
    public string? IdNumber { get; set; }

    [Display(Name = "家庭住址")]
    public string? HomeAddress { get; set; }

    [Display(Name = "照片")]
    public IFormFile? Photo { get; set; }

    [Display(Name = "删除照片")]
    public bool RemovePhoto { get; set; }

    [Display(Name = "关联登录账号")]
    public string? AccountUserName { get; set; }

    /// <summary>save, submit or publish: which button was pressed.</summary>
    public string Command { get; set; } = "save";

    public PrivateDetails Private => new(Phone, IdNumber, HomeAddress);

    /// <summary>The public fields the form describes, with the photo the server decided on; blank mandate rows are dropped.</summary>
    public (DelegateFields Fields, IReadOnlyList<string> Errors) ToFields(Guid? photoId)
    {
        var errors = new List<string>();
        var mandates = new List<Mandate>();
        var rows = Mandates.Where(m => !m.IsBlank).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Start is { } start)
            {
                mandates.Add(new Mandate(rows[i].Level, rows[i].Congress?.Trim() ?? "", rows[i].Delegation?.Trim() ?? "", start, rows[i].End));
            }
            else
            {
                errors.Add($"第 {i + 1} 条任期：请填写开始日期。");
            }
        }

        return (new DelegateFields(Clean(Occupation), Clean(Unit), CommitteeRole, Clean(SpecialCommittee), Clean(ContactStation), Clean(ReceptionDays),
            photoId, mandates), errors);
    }

    public static ProfileForm From(ProfileDraft draft, Guid stamp, string? accountUserName) => new()
    {
        ConcurrencyStamp = stamp,
        Name = draft.Name,
        Slug = draft.Slug,
        Occupation = draft.Fields.Occupation,
        Unit = draft.Fields.Unit,
        CommitteeRole = draft.Fields.CommitteeRole,
        SpecialCommittee = draft.Fields.SpecialCommittee,
        ContactStation = draft.Fields.ContactStation,
        ReceptionDays = draft.Fields.ReceptionDays,
        Biography = draft.Biography,
        Mandates = draft.Fields.Mandates.Select(m => new MandateForm { Level = m.Level, Congress = m.Congress, Delegation = m.Delegation, Start = m.Start, End = m.End }).ToList(),
        Phone = draft.Private.Phone,
        IdNumber = draft.Private.IdNumber,
        HomeAddress = draft.Private.HomeAddress,
        AccountUserName = accountUserName,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class MandateForm
{
    [Display(Name = "层级")]
    public DelegateLevel Level { get; set; }

    [Display(Name = "届别")]
    public string? Congress { get; set; }

    [Display(Name = "代表团或选区")]
    public string? Delegation { get; set; }

    [Display(Name = "开始日期")]
    public DateOnly? Start { get; set; }

    [Display(Name = "结束日期")]
    public DateOnly? End { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Congress) && string.IsNullOrWhiteSpace(Delegation) && Start is null && End is null;
}

/// <summary>The profile form page: the form, the item it edits (none when new) and what the viewer may do.</summary>
public sealed record ProfileFormView(ProfileForm Form, string Action, bool Official, Guid? PhotoId, ContentItem? Item);
