using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Delegates.Models;
using Portal.Testing;
using SixLabors.ImageSharp;

namespace Portal.Delegates.Tests;

/// <summary>The main flows: a delegate's record and profile changes go through an editor before the public sees them.</summary>
public sealed class FlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Contact(string topic, string date = "2012-11-20") => new()
    {
        ["Date"] = date, ["Place"] = "示例村委会会议室", ["Form"] = "Symposium", ["PeopleCount"] = "14",
        ["Topic"] = topic, ["Issues"] = "不公开的详细问题描述", ["FollowUp"] = "已转交", ["FollowUpStatus"] = "InProgress",
    };

    [Fact]
    public async Task A_record_counts_on_the_public_profile_only_after_an_editor_approves_it()
    {
        var reader = PortalClient.Create(factory);
        var before = await DelegatesDriver.PublicContactCountAsync(reader, "daibiao-jia");

        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var created = await delegateUser.Client.PostFormAsync("/my/contacts/new", "/my/contacts/new", Contact("座谈村里的饮水安全"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("待审核", await delegateUser.Client.GetStringAsync("/my/contacts"));
        Assert.Equal(before, await DelegatesDriver.PublicContactCountAsync(reader, "daibiao-jia"));

        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await delegateUser.DbAsync(db => db.Set<VoterContact>().Where(c => c.Topic == "座谈村里的饮水安全").Select(c => c.Id).SingleAsync());
        Assert.Contains("座谈村里的饮水安全", await editor.GetStringAsync("/admin/delegates/contacts"));
        var approved = await editor.PostFormAsync($"/admin/delegates/contacts/{id}", $"/admin/delegates/contacts/{id}/approve", new() { ["topic"] = "座谈村里的饮水安全问题" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await reader.GetStringAsync("/delegates/daibiao-jia");
        Assert.Equal(before + 1, await DelegatesDriver.PublicContactCountAsync(reader, "daibiao-jia"));
        Assert.Contains("座谈村里的饮水安全问题", page);
        Assert.DoesNotContain("示例村委会会议室", page);
        Assert.DoesNotContain("不公开的详细问题描述", page);
        Assert.Contains("2012 年 11 月", page);
    }

    [Fact]
    public async Task Personal_data_in_the_public_summary_is_refused_and_the_form_keeps_what_was_typed()
    {
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var count = await delegateUser.ContactCountAsync(await delegateUser.ProfileIdAsync("daibiao-jia"));

        var response = await delegateUser.Client.PostFormAsync("/my/contacts/new", "/my/contacts/new", Contact("王某（13912345678）反映噪音"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能包含手机号码", html);
        Assert.Contains("不公开的详细问题描述", html);
        Assert.Equal("示例村委会会议室", PortalClient.InputValue(html, "Place"));
        Assert.Equal(count, await delegateUser.ContactCountAsync(await delegateUser.ProfileIdAsync("daibiao-jia")));
    }

    [Fact]
    public async Task A_returned_record_shows_the_note_and_an_approved_one_can_no_longer_be_changed()
    {
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        await delegateUser.Client.PostFormAsync("/my/contacts/new", "/my/contacts/new", Contact("退回测试记录"));
        var id = await delegateUser.DbAsync(db => db.Set<VoterContact>().Where(c => c.Topic == "退回测试记录").Select(c => c.Id).SingleAsync());
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        await editor.PostFormAsync($"/admin/delegates/contacts/{id}", $"/admin/delegates/contacts/{id}/return", new() { ["note"] = "请补充办理情况" });
        Assert.Contains("请补充办理情况", await delegateUser.Client.GetStringAsync($"/my/contacts/{id}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await delegateUser.Client.PostFormAsync($"/my/contacts/{id}/edit", $"/my/contacts/{id}/edit", Contact("退回测试记录"))).StatusCode);
        Assert.Equal(ReviewStatus.Pending, await delegateUser.DbAsync(db => db.Set<VoterContact>().Where(c => c.Id == id).Select(c => c.Review).SingleAsync()));

        await editor.PostFormAsync($"/admin/delegates/contacts/{id}", $"/admin/delegates/contacts/{id}/approve", new());
        await delegateUser.Client.PostFormAsync($"/my/contacts/new", $"/my/contacts/{id}/edit", Contact("审核后被改掉的摘要"));
        Assert.Equal("退回测试记录", await delegateUser.DbAsync(db => db.Set<VoterContact>().Where(c => c.Id == id).Select(c => c.Topic).SingleAsync()));
    }

    [Fact]
    public async Task A_delegates_profile_change_waits_for_review_and_official_fields_stay_the_editors()
    {
        var reader = PortalClient.Create(factory);
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var page = await delegateUser.Client.GetStringAsync("/my/profile");

        var saved = await delegateUser.Client.PostFormAsync("/my/profile", "/my/profile", new()
        {
            ["ConcurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp"),
            ["Name"] = "改名企图",
            ["CommitteeRole"] = "Director",
            ["Unit"] = "审核前不公开的新单位",
            ["ReceptionDays"] = "每月第二个星期三",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("待审核", await delegateUser.Client.GetStringAsync("/my/profile"));
        Assert.DoesNotContain("审核前不公开的新单位", await reader.GetStringAsync("/delegates/daibiao-jia"));

        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.ProfileIdAsync("daibiao-jia");
        Assert.Contains("代表本人提交了修改", await editor.Client.GetStringAsync($"/admin/delegates/{id}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PublishAsync(id)).StatusCode);

        var published = await reader.GetStringAsync("/delegates/daibiao-jia");
        Assert.Contains("审核前不公开的新单位", published);
        Assert.Contains("<h1>代表甲</h1>", published);
        Assert.DoesNotContain("data-field=\"role\"", published);
    }

    [Fact]
    public async Task Photos_are_checked_resized_and_public_only_once_published()
    {
        var delegateUser = await DelegatesDriver.AsAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var fields = new Dictionary<string, string> { ["Unit"] = "照片测试单位" };

        async Task<HttpResponseMessage> UploadAsync(string name, byte[] file, string type)
        {
            fields["ConcurrencyStamp"] = PortalClient.InputValue(await delegateUser.Client.GetStringAsync("/my/profile"), "ConcurrencyStamp");
            return await delegateUser.PostMultipartAsync("/my/profile", "/my/profile", fields, "Photo", name, file, type);
        }

        var notImage = await UploadAsync("photo.jpg", "这不是图片"u8.ToArray(), "image/jpeg");
        var notImageHtml = await notImage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, notImage.StatusCode);
        Assert.Contains("照片未能上传", notImageHtml);
        Assert.Equal("照片测试单位", PortalClient.InputValue(notImageHtml, "Unit"));

        var tooLarge = await UploadAsync("big.jpg", [0xFF, 0xD8, 0xFF, .. new byte[6 * 1024 * 1024]], "image/jpeg");
        Assert.Contains("文件太大", await tooLarge.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync("me.jpg", PhotoProcessorTests.JpegWithExif(), "image/jpeg")).StatusCode);
        var id = await delegateUser.ProfileIdAsync("daibiao-jia");
        var photoId = await delegateUser.DbAsync(async db => DelegateFields.FromJson(
            await db.Set<ContentVersion>().Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.Fields).SingleAsync()).PhotoId);
        var url = $"/delegates/photos/{photoId}/large.jpg";

        var reader = PortalClient.Create(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync(url)).StatusCode);
        var own = await delegateUser.Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("no-store", own.Headers.CacheControl!.ToString());

        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        await editor.PublishAsync(id);
        var response = await reader.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var image = Image.Load(bytes);
        Assert.Equal((300, 400), (image.Width, image.Height));
        Assert.Null(image.Metadata.ExifProfile);
        Assert.Contains(url, await reader.GetStringAsync("/delegates/daibiao-jia"));
    }

    [Fact]
    public async Task Editors_link_delegates_to_liaison_points_and_the_directory_filters_by_them()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.CreateProfileAsync(DelegatesDriver.ProfileFields("联系点测试代表", "联系点测试代表团"));
        var pointId = await editor.DbAsync(db => db.Set<LiaisonPoint>().Where(p => p.Slug == "shili-shequ-yi").Select(p => p.Id).SingleAsync());
        var reader = PortalClient.Create(factory);
        Assert.DoesNotContain("联系点测试代表", await reader.GetStringAsync("/liaison-points/shili-shequ-yi"));

        var noDate = await editor.Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/links", new() { ["liaisonPointId"] = pointId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, noDate.StatusCode);
        Assert.Contains("请填写联系开始日期", await editor.Client.GetStringAsync($"/admin/delegates/{id}/edit"));

        await editor.Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/links", new() { ["liaisonPointId"] = pointId.ToString(), ["start"] = "2012-05-01" });

        Assert.Contains("联系点测试代表", await reader.GetStringAsync("/liaison-points/shili-shequ-yi"));
        Assert.Contains(">联系点测试代表</a>", await reader.GetStringAsync("/delegates?liaison=RuralCommunity&delegation=" + Uri.EscapeDataString("联系点测试代表团")));
        Assert.DoesNotContain(">联系点测试代表</a>", await reader.GetStringAsync("/delegates?liaison=KeyProject"));
    }

    [Fact]
    public async Task The_demo_directory_has_the_three_levels_leaders_on_key_projects_and_paging_filters()
    {
        var reader = PortalClient.Create(factory);

        Assert.Contains("代表丙", await reader.GetStringAsync("/delegates?role=DeputyDirector&liaison=KeyProject"));
        Assert.Contains("代表庚", await reader.GetStringAsync("/delegates?level=County"));
        Assert.Contains("代表辛", await reader.GetStringAsync("/delegates?level=Township"));
        Assert.Contains("代表戊", await reader.GetStringAsync("/delegates?liaison=Enterprise"));
        Assert.Contains("共 <strong data-field=\"result-count\">0</strong> 位代表", await reader.GetStringAsync("/delegates?q=" + Uri.EscapeDataString("不存在的名字")));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/delegates?page=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/delegates/no-such-delegate")).StatusCode);
        Assert.Contains("代表丙", await reader.GetStringAsync("/liaison-points/shili-xiangmu-jia"));
    }
}
