using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Media.Models;
using Portal.Testing;
using static Portal.Testing.DemoAccounts;

namespace Portal.Media.Tests;

/// <summary>An item, its sizes and their files through the database, on SQLite and on PostgreSQL.</summary>
public sealed class MediaPersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_upload_is_stored_with_its_sizes_found_again_by_hash_and_its_files_are_referenced(string provider)
    {
        using var portal = PortalFactory.With(BothDatabases.Create(provider));
        var editor = await PortalClient.SignedInAsync(portal, Editor, EditorPassword);

        var uploaded = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(1700, 1000), "持久化.jpg", "持久化测试");
        var again = await MediaDriver.UploadOkAsync(editor, TestImages.PhotoWithGps(1700, 1000), "再次.jpg");

        Assert.Equal(uploaded, again);
        await using var scope = portal.CreateScope();
        var item = await portal.Db(scope).Set<MediaItem>().Include(i => i.Variants).SingleAsync();
        Assert.Equal(("持久化.jpg", "持久化测试", FileKind.Jpeg, 1000, 1700), (item.FileName, item.Alt, item.Kind, item.Width, item.Height));
        Assert.Equal([480, 960, 1000], item.Variants.Select(v => v.Width).Order());
        var references = scope.ServiceProvider.GetServices<IFileReferences>().Single(r => r.Areas.Contains("media"));
        Assert.Equal(item.Variants.Select(v => v.FileKey).Order(), (await references.KeysAsync(default)).Order());
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Create(portal).Http.GetAsync(uploaded.Url)).StatusCode);
    }
}
