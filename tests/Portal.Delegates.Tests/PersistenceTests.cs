using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Delegates.Models;
using Portal.Testing;

namespace Portal.Delegates.Tests;

/// <summary>The delegate paths that touch the database, on SQLite and on PostgreSQL.</summary>
public sealed class PersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Profiles_links_records_and_imports_round_trip(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var reader = PortalClient.Create(factory);

        // A profile with private fields, published, then linked to a liaison point.
        var fields = DelegatesDriver.ProfileFields("往返测试代表", "往返测试代表团");
        fields["Phone"] = "13988889999";
        fields["Mandates[1].Level"] = "County";
        fields["Mandates[1].Congress"] = "示例县第九届人民代表大会";
        fields["Mandates[1].Delegation"] = "示例乡选区";
        fields["Mandates[1].Start"] = "2006-10-01";
        fields["Mandates[1].End"] = "2011-09-30";
        var id = await editor.CreateProfileAsync(fields);
        var slug = await editor.SlugAsync(id);
        var pointId = await editor.DbAsync(db => db.Set<LiaisonPoint>().Where(p => p.Slug == "shili-qiye-yi").Select(p => p.Id).SingleAsync());
        await editor.Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/links", new() { ["liaisonPointId"] = pointId.ToString(), ["start"] = "2012-09-01" });

        var profile = await reader.GetStringAsync($"/delegates/{slug}");
        Assert.Contains("往返测试代表", profile);
        Assert.Contains("示例县第九届人民代表大会", profile);
        Assert.Contains("2006-10-01 至 2011-09-30", profile);
        Assert.Contains("示例企业乙", profile);
        Assert.Contains(">往返测试代表</a>", await reader.GetStringAsync("/delegates?liaison=Enterprise&level=City"));
        Assert.Equal("13988889999", await editor.DbAsync(db => db.Set<DelegatePrivateInfo>().Where(p => p.ContentItemId == id).Select(p => p.Phone).SingleAsync()));

        // The demo delegate's record, approved by the editor, counts on their page.
        var before = await DelegatesDriver.PublicContactCountAsync(reader, "daibiao-jia");
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        Assert.Equal(HttpStatusCode.Redirect, (await delegateUser.Client.PostFormAsync("/my/contacts/new", "/my/contacts/new", new()
        {
            ["Date"] = "2012-12-01", ["Place"] = "联络站", ["Form"] = "Online", ["PeopleCount"] = "2", ["Topic"] = "往返测试记录", ["Issues"] = "内容",
        })).StatusCode);
        var contactId = await editor.DbAsync(db => db.Set<VoterContact>().Where(c => c.Topic == "往返测试记录").Select(c => c.Id).SingleAsync());
        await editor.Client.PostFormAsync($"/admin/delegates/contacts/{contactId}", $"/admin/delegates/contacts/{contactId}/approve", new());
        Assert.Equal(before + 1, await DelegatesDriver.PublicContactCountAsync(reader, "daibiao-jia"));

        // An import is all or nothing in one transaction.
        var good = DelegatesDriver.Workbook([
            new() { ["姓名"] = "往返导入甲", ["层级"] = "县级", ["届别"] = "示例县第十届人民代表大会", ["代表团或选区"] = "示例乡选区", ["任期开始"] = "2011-10-01", ["身份证号"] = IdNumbers.Make("41102319700101001") },
            new() { ["姓名"] = "往返导入乙", ["层级"] = "乡级", ["届别"] = "示例乡第十届人民代表大会", ["代表团或选区"] = "示例乡第二选区", ["任期开始"] = "2011-09-01", ["身份证号"] = null },
        ]);
        var imported = await editor.PostMultipartAsync("/admin/delegates/import", "/admin/delegates/import", new() { ["publish"] = "true" }, "file", "a.xlsx", good, DelegatesDriver.Xlsx);
        Assert.Contains("data-field=\"imported\">2<", await imported.Content.ReadAsStringAsync());
        var again = await editor.PostMultipartAsync("/admin/delegates/import", "/admin/delegates/import", new(), "file", "a.xlsx", good, DelegatesDriver.Xlsx);
        Assert.Contains("系统中已有", await again.Content.ReadAsStringAsync());
        Assert.Equal(2, await editor.DbAsync(db => db.Set<DelegateIndex>().CountAsync(d => d.Name.StartsWith("往返导入"))));
        Assert.Contains(">往返导入乙</a>", await reader.GetStringAsync("/delegates?level=Township"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_directory_search_cut_inside_an_emoji_still_answers(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var reader = PortalClient.Create(factory);

        // The search is cut to 50 units; the 50th is the first half of the emoji, which PostgreSQL refused.
        var response = await reader.Http.GetAsync("/delegates?q=" + Uri.EscapeDataString(new string('甲', 49) + "👍👍"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
