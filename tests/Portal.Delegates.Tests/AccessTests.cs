using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Delegates.Models;
using Portal.Testing;

namespace Portal.Delegates.Tests;

public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin/delegates")]
    [InlineData("/admin/delegates/contacts")]
    [InlineData("/admin/delegates/import")]
    [InlineData("/admin/delegates/export")]
    [InlineData("/admin/liaison-points")]
    [InlineData("/my/profile")]
    [InlineData("/my/contacts")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var response = await PortalClient.Create(factory).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/delegates")]
    [InlineData("/admin/delegates/create")]
    [InlineData("/admin/delegates/contacts")]
    [InlineData("/admin/delegates/import")]
    [InlineData("/admin/delegates/export")]
    [InlineData("/admin/liaison-points")]
    public async Task A_delegate_may_not_open_the_editors_pages(string url)
    {
        var delegateUser = await PortalClient.SignedInAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await delegateUser.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Only_delegates_have_the_self_service_pages()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync("/my/profile")).StatusCode);

        var delegateMenu = await (await PortalClient.SignedInAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword)).GetStringAsync("/admin");
        Assert.Contains("href=\"/my/profile\"", delegateMenu);
        Assert.DoesNotContain("href=\"/admin/delegates\"", delegateMenu);
        var editorMenu = await (await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword)).GetStringAsync("/admin");
        Assert.Contains("href=\"/admin/delegates\"", editorMenu);
        Assert.Contains("href=\"/admin/delegates/contacts\"", editorMenu);
    }

    [Fact]
    public async Task A_delegate_changing_the_id_to_another_delegates_record_gets_404_and_changes_nothing()
    {
        var driver = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var othersId = await driver.DbAsync(async db =>
        {
            var other = await db.Set<DelegateIndex>().Where(d => d.Slug == "daibiao-yi").Select(d => d.ContentItemId).SingleAsync();
            return await db.Set<VoterContact>().Where(c => c.ContentItemId == other).Select(c => c.Id).FirstAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await driver.Client.Http.GetAsync($"/my/contacts/{othersId}/edit")).StatusCode);
        var post = await driver.Client.PostFormAsync("/my/contacts/new", $"/my/contacts/{othersId}/edit", new()
        {
            ["Date"] = "2012-08-10", ["Place"] = "篡改", ["Form"] = "Phone", ["PeopleCount"] = "1", ["Topic"] = "篡改的摘要", ["Issues"] = "篡改",
        });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotEqual("篡改的摘要", await driver.DbAsync(db => db.Set<VoterContact>().Where(c => c.Id == othersId).Select(c => c.Topic).SingleAsync()));
    }

    [Fact]
    public async Task A_delegate_cannot_approve_records_even_by_posting_directly()
    {
        var driver = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var created = await driver.Client.PostFormAsync("/my/contacts/new", "/my/contacts/new", new()
        {
            ["Date"] = "2012-10-01", ["Place"] = "示例代表联络站", ["Form"] = "Visit", ["PeopleCount"] = "3", ["Topic"] = "自行审核测试", ["Issues"] = "内容",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var id = await driver.DbAsync(db => db.Set<VoterContact>().Where(c => c.Topic == "自行审核测试").Select(c => c.Id).SingleAsync());

        var approve = await driver.Client.PostFormAsync("/my/contacts/new", $"/admin/delegates/contacts/{id}/approve", new());

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(ReviewStatus.Pending, await driver.DbAsync(db => db.Set<VoterContact>().Where(c => c.Id == id).Select(c => c.Review).SingleAsync()));
    }

    [Fact]
    public async Task An_account_without_a_linked_profile_is_told_so()
    {
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);

        Assert.Contains("尚未关联代表资料", await admin.GetStringAsync("/my/profile"));
        Assert.Contains("尚未关联代表资料", await admin.GetStringAsync("/my/contacts/new"));
    }
}
