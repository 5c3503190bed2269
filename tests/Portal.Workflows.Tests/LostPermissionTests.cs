using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents;
using Portal.Contents.Models;
using Portal.Core.Security;
using Portal.Testing;
using Portal.Workflows.Controllers;

namespace Portal.Workflows.Tests;

/// <summary>Takes a permission away from the editors, so it has a portal of its own.</summary>
public sealed class LostPermissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_editor_who_lost_the_publish_permission_meanwhile_is_refused_with_a_clear_message_and_the_item_stays_in_review()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await ReviewDriver.SubmitArticleAsync(factory, author, "权限变更测试稿", "正文。");
        var page = await editor.GetStringAsync($"/admin/review/{id}");

        await using (var scope = factory.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IRolePermissionStore>();
            var granted = await store.GetPermissionNamesAsync(BuiltInRoles.Editor);
            await store.SetPermissionNamesAsync(BuiltInRoles.Editor, granted.Where(p => p != ContentsPermissions.PublishContent.Name).ToList());
        }

        var response = await editor.Http.PostAsync($"/admin/review/{id}/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["concurrencyStamp"] = PortalClient.InputValue(page, "concurrencyStamp"),
            ["__RequestVerificationToken"] = PortalClient.Token(page),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(ReviewAdminController.LostPublishPermission, await response.Content.ReadAsStringAsync());
        await using var check = factory.CreateScope();
        Assert.Equal(ContentStatus.PendingReview, await factory.Db(check).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
    }
}
