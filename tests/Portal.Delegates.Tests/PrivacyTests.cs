using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Auditing;
using Portal.Testing;

namespace Portal.Delegates.Tests;

/// <summary>Private fields (phone, identity number, home address) reach no anonymous response, whatever the way they came in.</summary>
public sealed partial class PrivacyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string EditorPhone = "13987654321";
    private static readonly string EditorId = IdNumbers.Make("41100219800101123");
    private const string EditorAddress = "私密测试路九十九号";
    private const string DelegatePhone = "13911112222";
    private const string DelegateAddress = "代表甲私宅测试巷七号";
    private const string ImportPhone = "13933334444";
    private static readonly string ImportId = IdNumbers.Make("41102319750505567");
    private const string ImportAddress = "导入私密地址八号院";

    private static readonly string[] Secrets = [EditorPhone, EditorId, EditorAddress, DelegatePhone, DelegateAddress, ImportPhone, ImportId, ImportAddress];

    [Fact]
    public async Task No_anonymous_response_contains_a_private_field()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var fields = DelegatesDriver.ProfileFields("隐私测试代表");
        fields["Phone"] = EditorPhone;
        fields["IdNumber"] = EditorId;
        fields["HomeAddress"] = EditorAddress;
        var response = await editor.PostMultipartAsync("/admin/delegates/create", "/admin/delegates/create", fields,
            "Photo", "photo.jpg", PhotoProcessorTests.JpegWithExif(), "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // The demo delegate keeps their own private fields; the change goes through review and is published.
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var own = await delegateUser.Client.GetStringAsync("/my/profile");
        Assert.Equal(HttpStatusCode.Redirect, (await delegateUser.Client.PostFormAsync("/my/profile", "/my/profile", new()
        {
            ["ConcurrencyStamp"] = PortalClient.InputValue(own, "ConcurrencyStamp"),
            ["Unit"] = "示例区第一中学",
            ["Phone"] = DelegatePhone,
            ["HomeAddress"] = DelegateAddress,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PublishAsync(await editor.ProfileIdAsync("daibiao-jia"))).StatusCode);

        var sheet = DelegatesDriver.Workbook([new()
        {
            ["姓名"] = "导入隐私代表", ["层级"] = "县级", ["届别"] = "示例县第十届人民代表大会", ["代表团或选区"] = "示例乡选区", ["任期开始"] = "2011-10-01",
            ["手机号码"] = ImportPhone, ["身份证号"] = ImportId, ["家庭住址"] = ImportAddress, ["网址标识"] = "import-privacy",
        }]);
        var imported = await editor.PostMultipartAsync("/admin/delegates/import", "/admin/delegates/import", new() { ["publish"] = "true" },
            "file", "delegates.xlsx", sheet, DelegatesDriver.Xlsx);
        Assert.Contains("data-field=\"imported\">1<", await imported.Content.ReadAsStringAsync());

        var crawled = await CrawlAsync(PortalClient.Create(factory),
            ["/", "/delegates", "/liaison-points", "/delegates/daibiao-jia", "/delegates/import-privacy", "/delegates?q=隐私", "/my/profile", "/my/contacts",
             "/admin/delegates/export", "/admin/delegates", "/delegates/no-such-delegate"]);

        Assert.Contains("/delegates/import-privacy", crawled);
        Assert.Contains("/delegates/daibiao-jia", crawled);
        Assert.Contains(crawled, url => url.StartsWith("/delegates/photos/", StringComparison.Ordinal));
        Assert.Contains(crawled, url => url.StartsWith("/liaison-points/", StringComparison.Ordinal));
        Assert.True(crawled.Count > 30, $"Only {crawled.Count} public addresses were reached.");

        // Nor do the versions that public pages read, nor the audit log that more people read than the fields.
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var versions = await db.Set<ContentVersion>().Select(v => v.Fields + v.BodyMarkdown + v.BodyHtml + v.Title).ToListAsync();
        var audit = await db.Set<AuditEntry>().Select(a => a.Summary).ToListAsync();
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(versions, v => v.Contains(secret));
            Assert.DoesNotContain(audit, a => a.Contains(secret));
        }
    }

    [Fact]
    public async Task Editors_and_the_delegate_see_the_private_fields_and_no_one_else()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var fields = DelegatesDriver.ProfileFields("私密可见性测试");
        fields["Phone"] = "13955556666";
        var id = await editor.CreateProfileAsync(fields);

        Assert.Contains("13955556666", await editor.Client.GetStringAsync($"/admin/delegates/{id}/edit"));
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var forbidden = await author.Http.GetAsync($"/admin/delegates/{id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("13955556666", await forbidden.Content.ReadAsStringAsync());

        var delegateUser = await PortalClient.SignedInAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateUser.Http.GetAsync($"/admin/delegates/{id}/edit")).StatusCode);
        var ownId = await editor.ProfileIdAsync("daibiao-jia");
        var ownAddress = await editor.DbAsync(db => db.Set<Portal.Delegates.Models.DelegatePrivateInfo>().Where(p => p.ContentItemId == ownId).Select(p => p.HomeAddress).SingleAsync());
        Assert.Equal(ownAddress, PortalClient.InputValue(await delegateUser.GetStringAsync("/my/profile"), "HomeAddress"));
    }

    /// <summary>Every same-site address reachable from the start pages by links and images, outside /admin, /account and static assets.</summary>
    private static async Task<IReadOnlySet<string>> CrawlAsync(PortalClient anonymous, IEnumerable<string> start)
    {
        var seen = new HashSet<string>(start);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0 && seen.Count < 600)
        {
            var url = queue.Dequeue();
            var response = await anonymous.Http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
            foreach (var secret in Secrets)
            {
                Assert.False(body.Contains(secret) || headers.Contains(secret), $"{url} ({(int)response.StatusCode}) shows the private value {secret}.");
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (Match match in Link().Matches(body))
            {
                var next = WebUtility.HtmlDecode(match.Groups[1].Value);
                if (next.StartsWith("/admin", StringComparison.Ordinal) || next.StartsWith("/account", StringComparison.Ordinal)
                    || next.StartsWith("/_content", StringComparison.Ordinal) || next.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    [GeneratedRegex("(?:href|src)=\"(/[^\"#]*)")]
    private static partial Regex Link();
}
