using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contests.Models;
using Portal.Testing;
using Portal.Workflows.Services;

namespace Portal.Contests.Tests;

/// <summary>A delegate's entries during the collection: drafts, autosave, submission, receipts, limits and attachments.</summary>
public sealed class EntryTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private readonly ContestDriver _driver = new(portal);

    private Task<PortalClient> DelegateAsync() => portal.SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword);

    [Fact]
    public async Task Autosave_keeps_the_draft_on_the_server_and_the_author_finds_it_after_signing_in_again()
    {
        var client = await DelegateAsync();
        var trackId = await _driver.TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await ContestDriver.NewFormAsync(client, trackId);
        var fields = ContestDriver.EssayFields(trackId, clientToken, "自动保存的草稿", "写到一半的正文");
        fields.Remove("Command");

        var first = await ContestDriver.PostAsync(client, "/my/entries/autosave", token, fields);
        var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("saved").GetBoolean());
        var id = json.GetProperty("id").GetInt64();

        fields["Body"] = "写到一半的正文，又多写了一句。";
        var second = await ContestDriver.PostAsync(client, "/my/entries/autosave", token, fields);
        Assert.Equal(id, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());

        var again = await DelegateAsync();
        Assert.Contains("自动保存的草稿", await again.GetStringAsync("/my/entries"));
        Assert.Contains("又多写了一句", await again.GetStringAsync($"/my/entries/{id}"));
        var stored = await _driver.EntryAsync(Guid.Parse(clientToken));
        Assert.Equal(EntryStatus.Draft, stored.Status);
        Assert.Null(stored.ReceiptNumber);
    }

    [Fact]
    public async Task Submitting_gives_a_receipt_on_screen_and_by_mail()
    {
        await using (var scope = portal.CreateScope())
        {
            var db = ClockedPortal.Db(scope);
            var account = await db.Users.SingleAsync(u => u.UserName == "delegate2");
            account.Email = "delegate2@example.invalid";
            await db.SaveChangesAsync();
        }

        var client = await portal.SignInAsync("delegate2", DemoAccounts.DelegatePassword);
        var entry = await _driver.SubmitEssayAsync(client, "回执测试征文");

        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.Matches(@"^ZW2026-\d{6}$", entry.ReceiptNumber);
        var receipt = await client.GetStringAsync($"/my/entries/{entry.Id}/receipt");
        Assert.Contains(entry.ReceiptNumber!, receipt);
        await using (var scope = portal.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }

        var mail = Directory.GetFiles(portal.MailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("delegate2@example.invalid"));
        Assert.Contains(entry.ReceiptNumber!, mail);
    }

    [Fact]
    public async Task A_double_click_or_retry_creates_one_entry_and_one_receipt()
    {
        var client = await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var trackId = await _driver.TrackAsync(TrackKind.GoldenIdea);
        var (token, clientToken) = await ContestDriver.NewFormAsync(client, trackId);
        var fields = new Dictionary<string, string>
        {
            ["TrackId"] = trackId.ToString(), ["ClientToken"] = clientToken, ["Title"] = "重复提交测试", ["Unit"] = "市人大常委会办公室",
            ["Problem"] = "群众反映的问题不能及时回应。", ["Suggestion"] = "建立问题清单并按月通报办理情况。", ["ExpectedEffect"] = "提高办理效率。", ["Command"] = "submit",
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ContestDriver.PostAsync(client, "/my/entries/save", token, fields)));
        var retry = await ContestDriver.PostAsync(client, "/my/entries/save", token, fields);

        Assert.All(responses.Append(retry), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Append(retry).Select(r => r.Headers.Location!.OriginalString).Distinct());
        await using var scope = portal.CreateScope();
        var stored = await ClockedPortal.Db(scope).Set<ContestEntry>().Where(e => e.ClientToken == Guid.Parse(clientToken)).ToListAsync();
        var entry = Assert.Single(stored);
        Assert.StartsWith("JD2026-", entry.ReceiptNumber);
        Assert.Equal(1, await ClockedPortal.Db(scope).AuditEntries.CountAsync(a => a.Action == "提交作品" && a.EntityId == entry.Id.ToString()));
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_in_chinese_and_the_typed_text_is_kept_as_a_draft()
    {
        var client = await DelegateAsync();
        var trackId = await _driver.TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await ContestDriver.NewFormAsync(client, trackId);
        var tooLong = ContestDriver.Essay(8001);

        var response = await ContestDriver.PostAsync(client, "/my/entries/save", token, ContestDriver.EssayFields(trackId, clientToken, "超长征文", tooLong, "submit"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("超过字数上限：最多 8000 字，当前 8001 字", page);
        Assert.Contains(tooLong, page);
        var stored = await _driver.EntryAsync(Guid.Parse(clientToken));
        Assert.Equal(EntryStatus.Draft, stored.Status);
        Assert.Equal(tooLong, stored.Body);
    }

    [Fact]
    public async Task The_per_person_limit_is_enforced_and_withdrawing_frees_the_place()
    {
        var client = await portal.SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var first = await _driver.SubmitEssayAsync(client, "第一篇");
        var trackId = await _driver.TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await ContestDriver.NewFormAsync(client, trackId);

        var refused = await ContestDriver.PostAsync(client, "/my/entries/save", token, ContestDriver.EssayFields(trackId, clientToken, "第二篇", ContestDriver.Essay(), "submit"));
        Assert.Contains("每人最多提交 1 件作品", await refused.Content.ReadAsStringAsync());

        var withdraw = await client.PostFormAsync($"/my/entries/{first.Id}", $"/my/entries/{first.Id}/withdraw", []);
        Assert.Contains("作品已撤回", await ContestDriver.FollowAsync(client, withdraw));
        var accepted = await ContestDriver.PostAsync(client, "/my/entries/save", token, ContestDriver.EssayFields(trackId, clientToken, "第二篇", ContestDriver.Essay(), "submit"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(EntryStatus.Withdrawn, (await _driver.EntryAsync(first.ClientToken)).Status);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size_and_the_good_ones_are_kept_outside_the_web_root()
    {
        var client = await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var entry = await _driver.SubmitEssayAsync(client, "附件测试征文");

        var exe = await ContestDriver.FollowAsync(client, await ContestDriver.UploadAsync(client, entry.Id, ContestDriver.Executable(), "材料.docx"));
        Assert.Contains("文件内容不是允许的格式", exe);
        var empty = await ContestDriver.FollowAsync(client, await ContestDriver.UploadAsync(client, entry.Id, [], "空.pdf"));
        Assert.Contains("文件是空的", empty);
        var huge = await ContestDriver.FollowAsync(client, await ContestDriver.UploadAsync(client, entry.Id, ContestDriver.Pdf(10 * 1024 * 1024 + 1), "大.pdf"));
        Assert.Contains("文件太大", huge);

        Assert.Contains("已上传", await ContestDriver.FollowAsync(client, await ContestDriver.UploadAsync(client, entry.Id, ContestDriver.Docx(), "我的材料.docx")));
        Assert.Contains("已上传", await ContestDriver.FollowAsync(client, await ContestDriver.UploadAsync(client, entry.Id, ContestDriver.Pdf(), "扫描件.PDF")));

        var stored = await _driver.EntryAsync(entry.ClientToken);
        Assert.Equal(["我的材料.docx", "扫描件.pdf"], stored.Attachments.OrderBy(a => a.Number).Select(a => a.OriginalName));
        Assert.All(stored.Attachments, a => Assert.True(File.Exists(Path.Combine(portal.FilesFolder, a.FileKey))));
        var download = await client.Http.GetAsync($"/contest-files/{stored.Attachments.First().Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("我的材料.docx", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task Another_delegate_gets_nothing_by_changing_the_id()
    {
        var owner = await DelegateAsync();
        var entry = await _driver.SubmitEssayAsync(await portal.SignInAsync(DemoAccounts.SecondEditor, DemoAccounts.EditorPassword), "别人的征文");
        Assert.Equal(HttpStatusCode.Redirect, (await ContestDriver.UploadAsync(await portal.SignInAsync(DemoAccounts.SecondEditor, DemoAccounts.EditorPassword), entry.Id, ContestDriver.Pdf(), "a.pdf")).StatusCode);
        var attachmentId = (await _driver.EntryAsync(entry.ClientToken)).Attachments.Single().Id;

        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/my/entries/{entry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/my/entries/{entry.Id}/receipt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/contest-files/{attachmentId}")).StatusCode);
        var (token, _) = await ContestDriver.NewFormAsync(owner, entry.TrackId);
        var overwrite = ContestDriver.EssayFields(entry.TrackId, Guid.NewGuid().ToString(), "篡改", ContestDriver.Essay(), "submit");
        overwrite["Id"] = entry.Id.ToString();
        Assert.Equal(HttpStatusCode.NotFound, (await ContestDriver.PostAsync(owner, "/my/entries/save", token, overwrite)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ContestDriver.PostAsync(owner, $"/my/entries/{entry.Id}/withdraw", token, [])).StatusCode);
        Assert.Equal("别人的征文", (await _driver.EntryAsync(entry.ClientToken)).Title);
    }
}
