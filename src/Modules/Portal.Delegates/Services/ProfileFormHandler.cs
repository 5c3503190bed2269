using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Contents.Models;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Services;

/// <summary>The save of a profile form, the same for editors and for delegates: check, store a new photo, save.</summary>
public sealed class ProfileFormHandler(DelegateProfileEditor editor, DelegatePhotos photos, ICurrentUser user)
{
    /// <summary>Null when the form was refused; the reasons are then in <paramref name="modelState"/>.</summary>
    public async Task<ContentOutcome?> SaveAsync(ProfileForm form, long? id, ProfileDraft? current, ModelStateDictionary modelState)
    {
        var (fields, mandateErrors) = form.ToFields(form.RemovePhoto ? null : current?.Fields.PhotoId);
        foreach (var error in mandateErrors)
        {
            modelState.AddModelError("Mandates", error);
        }

        foreach (var (field, message) in ProfileRules.Validate(form.Name, fields, form.Biography, form.Private.Normalized()))
        {
            modelState.AddModelError(field, message);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        DelegatePhoto? photo = null;
        if (form.Photo is { Length: > 0 } upload)
        {
            await using var stream = upload.OpenReadStream();
            (photo, var refusal) = await photos.AddAsync(stream, user.Id ?? "");
            if (photo is null)
            {
                modelState.AddModelError("Photo", refusal!);
                return null;
            }

            fields = fields with { PhotoId = photo.Id };
        }

        var draft = new ProfileDraft(form.Name!.Trim(), form.Slug, form.Biography ?? "", fields, form.Private);
        var outcome = id is null ? await editor.CreateAsync(draft) : await editor.SaveAsync(id.Value, form.ConcurrencyStamp, draft);
        if (!outcome.Succeeded && photo is not null)
        {
            photos.Discard(photo);
        }

        return outcome;
    }
}
