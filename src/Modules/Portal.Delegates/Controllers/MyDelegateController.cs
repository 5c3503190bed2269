using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

/// <summary>
/// A delegate's own pages, in the public theme: their profile (changes go to an editor for review) and their
/// voter-contact records. The profile is always the one linked to the signed-in account, never one named in the request.
/// </summary>
[Route("my")]
[RequirePermission(nameof(DelegatesPermissions.KeepOwnDelegateRecord))]
public sealed class MyDelegateController(
    PortalDbContext db,
    ContentManager contents,
    DelegateAccounts accounts,
    DelegateProfileEditor editor,
    ProfileFormHandler handler,
    ICurrentUser user,
    IAuditLog audit,
    TimeProvider clock) : Controller
{
    [HttpGet("profile")]
    public async Task<IActionResult> Profile()
    {
        var (item, current) = await OwnProfileAsync();
        if (item is null || current is null)
        {
            return NotLinked();
        }

        return ProfileView(ProfileForm.From(current, item.ConcurrencyStamp, null), item, current);
    }

    [HttpPost("profile")]
    public async Task<IActionResult> Profile(ProfileForm form)
    {
        var (item, current) = await OwnProfileAsync();
        if (item is null || current is null)
        {
            return NotLinked();
        }

        // What the congress decided (name, route, terms, committee roles) is the editors' to change.
        form.Name = current.Name;
        form.Slug = current.Slug;
        form.CommitteeRole = current.Fields.CommitteeRole;
        form.SpecialCommittee = current.Fields.SpecialCommittee;
        form.Mandates = ProfileForm.From(current, form.ConcurrencyStamp, null).Mandates;
        form.AccountUserName = null;

        var outcome = await handler.SaveAsync(form, item.Id, current, ModelState);
        if (outcome is { Succeeded: true })
        {
            outcome = await contents.SubmitAsync(item.Id, outcome.Item!.ConcurrencyStamp);
        }

        if (outcome is { Succeeded: true })
        {
            TempData["Message"] = "资料已保存并提交审核（待审核）。编辑审核发布后，公众才会看到修改。";
            return Redirect("/my/profile");
        }

        if (outcome is not null)
        {
            ModelState.AddModelError("", outcome.Message!);
            if (outcome.Kind == ContentOutcomeKind.Conflict)
            {
                ModelState.Remove(nameof(form.ConcurrencyStamp));
                form.ConcurrencyStamp = outcome.Item!.ConcurrencyStamp;
            }
        }

        return ProfileView(form, (await contents.FindAsync(item.Id))!, current);
    }

    [HttpGet("contacts")]
    public async Task<IActionResult> Contacts()
    {
        var (item, current) = await OwnProfileAsync();
        if (item is null || current is null)
        {
            return NotLinked();
        }

        var contacts = await db.Set<VoterContact>().AsNoTracking().Where(c => c.ContentItemId == item.Id)
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync();
        var approved = ActivitySummaryRules.Build(contacts.Where(c => c.Review == ReviewStatus.Approved).Select(c => new ContactFact(c.Date, c.Form, c.PeopleCount)));
        ViewData["Title"] = "我的联系选民记录";
        return View(new MyContactsPage(current.Name, item.HasPublishedVersion ? item.Slug : null, contacts, approved));
    }

    [HttpGet("contacts/new")]
    public async Task<IActionResult> NewContact()
    {
        var profileId = await accounts.ProfileIdOfAsync(user.Id);
        return profileId is null ? NotLinked() : await ContactView(new ContactFormModel { Date = Today, PeopleCount = 1 }, profileId.Value, null);
    }

    [HttpPost("contacts/new")]
    public async Task<IActionResult> NewContact(ContactFormModel input)
    {
        var profileId = await accounts.ProfileIdOfAsync(user.Id);
        if (profileId is null)
        {
            return NotLinked();
        }

        if (!await ValidateAsync(input, profileId.Value))
        {
            return await ContactView(input, profileId.Value, null);
        }

        var contact = new VoterContact
        {
            ContentItemId = profileId.Value,
            Review = ReviewStatus.Pending,
            CreatedBy = user.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        input.ApplyTo(contact);
        db.Add(contact);
        await db.SaveChangesAsync();
        audit.Record("提交", "联系选民记录", contact.Id.ToString(), contact.Topic);
        await db.SaveChangesAsync();
        TempData["Message"] = "联系选民记录已提交，等待编辑审核；审核通过后，公众可以看到它的摘要。";
        return Redirect("/my/contacts");
    }

    [HttpGet("contacts/{id:int}/edit")]
    public async Task<IActionResult> EditContact(int id)
    {
        var (contact, profileId) = await OwnContactAsync(id);
        return contact is null ? NotFound() : await ContactView(ContactFormModel.From(contact), profileId!.Value, contact);
    }

    [HttpPost("contacts/{id:int}/edit")]
    public async Task<IActionResult> EditContact(int id, ContactFormModel input)
    {
        var (contact, profileId) = await OwnContactAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        if (!VoterContactRules.DelegateMayEdit(contact.Review))
        {
            TempData["Message"] = "这条记录已审核通过，不能再修改；如需更正，请联系编辑。";
            return Redirect("/my/contacts");
        }

        if (!await ValidateAsync(input, profileId!.Value))
        {
            return await ContactView(input, profileId.Value, contact);
        }

        input.ApplyTo(contact);
        contact.Review = ReviewStatus.Pending;
        audit.Record("修改", "联系选民记录", contact.Id.ToString(), contact.Topic);
        await db.SaveChangesAsync();
        TempData["Message"] = "修改已保存，重新等待编辑审核。";
        return Redirect("/my/contacts");
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.ToChinaTime());

    private async Task<bool> ValidateAsync(ContactFormModel form, long profileId)
    {
        foreach (var (field, message) in VoterContactRules.Validate(form.Date, Today, form.Place, form.PeopleCount, form.Topic, form.Issues, form.FollowUp))
        {
            ModelState.AddModelError(field, message);
        }

        if (form.LiaisonPointId is { } point && !await db.Set<LiaisonLink>().AnyAsync(l => l.ContentItemId == profileId && l.LiaisonPointId == point))
        {
            ModelState.AddModelError(nameof(form.LiaisonPointId), "只能选择您联系的联系点。");
        }

        if (!Enum.IsDefined(form.Form))
        {
            ModelState.AddModelError(nameof(form.Form), "请选择联系形式。");
        }

        return ModelState.IsValid;
    }

    /// <summary>The record if it belongs to the signed-in delegate; another delegate's record is as good as missing.</summary>
    private async Task<(VoterContact? Contact, long? ProfileId)> OwnContactAsync(int id)
    {
        var profileId = await accounts.ProfileIdOfAsync(user.Id);
        var contact = profileId is null ? null : await db.Set<VoterContact>().FirstOrDefaultAsync(c => c.Id == id && c.ContentItemId == profileId);
        return (contact, profileId);
    }

    private async Task<(ContentItem? Item, ProfileDraft? Current)> OwnProfileAsync()
    {
        var profileId = await accounts.ProfileIdOfAsync(user.Id);
        var item = profileId is null ? null : await contents.FindAsync(profileId.Value);
        return item is null ? (null, null) : (item, await editor.LatestAsync(item.Id));
    }

    private IActionResult ProfileView(ProfileForm form, ContentItem item, ProfileDraft current)
    {
        ViewData["Title"] = "我的代表资料";
        return View("Profile", new ProfileFormView(form, "/my/profile", Official: false, current.Fields.PhotoId, item));
    }

    private async Task<IActionResult> ContactView(ContactFormModel form, long profileId, VoterContact? existing)
    {
        ViewData["Title"] = existing is null ? "新增联系选民记录" : "修改联系选民记录";
        var points = await db.Set<LiaisonLink>().Where(l => l.ContentItemId == profileId).Select(l => l.LiaisonPoint!).Distinct()
            .OrderBy(p => p.Name).ToListAsync();
        return View("Contact", new ContactEditPage(form, existing?.Id, existing, points));
    }

    private IActionResult NotLinked()
    {
        ViewData["Title"] = "尚未关联代表资料";
        return View("NotLinked");
    }
}
