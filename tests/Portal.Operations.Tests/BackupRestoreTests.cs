using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>
/// A restore drill: a portal with content and uploads is stopped, backed up with scripts/backup.sh, restored with
/// scripts/restore.sh into empty storage, and started again from it — with every file and every table as it was.
/// </summary>
public sealed class BackupRestoreTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_backup_restores_into_empty_storage_with_every_file_and_every_row(string provider)
    {
        using var folder = new TemporaryFolder();
        await using var source = PortalStorage.Create(provider, folder["source"]);
        await using var restored = PortalStorage.Create(provider, folder["restored"]);

        List<RegulationOriginals.Published> documents;
        await using (var portal = source.StartPortal())
        {
            var editor = await PortalClient.SignedInAsync(portal, DemoAccounts.Editor, DemoAccounts.EditorPassword);
            documents =
            [
                await RegulationOriginals.PublishAsync(editor, "jiguan-jieneng-zhidu", "机关节约能源制度", RegulationOriginals.Pdf("节能制度原件"), "节能制度原件.pdf"),
                await RegulationOriginals.PublishAsync(editor, "gongwen-chuli-banfa", "机关公文处理办法", RegulationOriginals.Docx("公文处理办法"), "公文处理办法.docx"),
            ];
        }

        StopConnections();
        var rows = await source.RowCountsAsync();
        var files = FileHashes.Of(source.UploadsFolder);
        Assert.Contains("ContentItems", rows.Keys);
        Assert.All(documents, document => Assert.Contains(FileHashes.Of(document.Content), files.Values));

        await ShellScript.SucceedsAsync("backup.sh", source.BackupArguments(folder["backups"]), source.Environment);
        var backup = Assert.Single(Directory.GetDirectories(folder["backups"]));
        await restored.CreateEmptyAsync();
        await ShellScript.SucceedsAsync("restore.sh", restored.RestoreArguments(backup), restored.Environment);

        Assert.Equal(rows, await restored.RowCountsAsync());
        Assert.Equal(files, FileHashes.Of(restored.UploadsFolder));

        await using (var portal = restored.StartPortal())
        {
            var reader = PortalClient.Create(portal);
            foreach (var document in documents)
            {
                Assert.Contains(document.Title, await reader.GetStringAsync($"/regulations/{document.Slug}"));
                var download = await reader.Http.GetAsync(document.DownloadPath);
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal(FileHashes.Of(document.Content), FileHashes.Of(await download.Content.ReadAsByteArrayAsync()));
            }

            await PortalClient.SignedInAsync(portal, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        }

        StopConnections();
        Assert.Equal(files, FileHashes.Of(restored.UploadsFolder));
    }

    [Fact]
    public async Task Restore_refuses_a_data_folder_that_is_not_empty_and_replaces_it_when_told()
    {
        using var folder = new TemporaryFolder();
        var data = folder["data"];
        await SmallDataFolderAsync(data, "old.pdf");
        await ShellScript.SucceedsAsync("backup.sh", [data, folder["backups"]]);
        var backup = Assert.Single(Directory.GetDirectories(folder["backups"]));
        var current = Path.Combine(data, "files", "regulations", "2024", "current.pdf");
        await File.WriteAllBytesAsync(current, RegulationOriginals.Pdf("备份之后上传的文件"));

        var refused = await ShellScript.RunAsync("restore.sh", [backup, data]);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("not empty", refused.Errors);
        Assert.True(File.Exists(current));

        await ShellScript.SucceedsAsync("restore.sh", ["--force", backup, data]);

        Assert.False(File.Exists(current));
        Assert.Equal(FileHashes.Of(Path.Combine(backup, "files")), FileHashes.Of(Path.Combine(data, "files")));
    }

    [Fact]
    public async Task Restore_refuses_a_backup_that_no_longer_matches_its_checksums()
    {
        using var folder = new TemporaryFolder();
        var data = folder["data"];
        await SmallDataFolderAsync(data, "original.pdf");
        await ShellScript.SucceedsAsync("backup.sh", [data, folder["backups"]]);
        var backup = Assert.Single(Directory.GetDirectories(folder["backups"]));
        await File.AppendAllTextAsync(Path.Combine(backup, "files", "regulations", "2024", "original.pdf"), "bit rot");

        var refused = await ShellScript.RunAsync("restore.sh", [backup, folder["restored"]]);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("damaged", refused.Errors);
        Assert.False(Directory.Exists(folder["restored"]));
    }

    /// <summary>What the scripts take for a portal's data folder, without the time a portal takes to start: a database with EF Core's history table, and one upload.</summary>
    private static async Task SmallDataFolderAsync(string data, string uploadName)
    {
        var uploads = Path.Combine(data, "files", "regulations", "2024");
        Directory.CreateDirectory(uploads);
        await File.WriteAllBytesAsync(Path.Combine(uploads, uploadName), RegulationOriginals.Pdf(uploadName));
        await using var database = new SqliteConnection($"Data Source={Path.Combine(data, "portal.db")};Pooling=False");
        await database.OpenAsync();
        await using var command = database.CreateCommand();
        command.CommandText = "CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT); INSERT INTO \"__EFMigrationsHistory\" VALUES ('Initial');";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The portal is stopped: nothing of it keeps the database open, as after systemctl stop.</summary>
    private static void StopConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
