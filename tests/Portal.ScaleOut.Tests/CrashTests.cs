using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// One published portal on SQLite, killed (SIGKILL) while a hundred delegates submit entries with 1 MB attachments and
/// ledger owners report progress with files, then started again on the same data folder.
/// </summary>
public sealed partial class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Submissions = 100;
    private const int Reporters = 10;
    private const int ReportsEach = 5;
    private const int KillAfterUploads = 40;
    private const int FileSize = 1024 * 1024;

    private static readonly (string UserName, string Password)[] Authors =
    [
        (DemoAccounts.Delegate, DemoAccounts.DelegatePassword), ("delegate2", DemoAccounts.DelegatePassword),
        (DemoAccounts.Author, DemoAccounts.AuthorPassword), (DemoAccounts.Editor, DemoAccounts.EditorPassword),
        (DemoAccounts.SecondEditor, DemoAccounts.EditorPassword),
    ];

    private readonly string _dataFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "portal-crash", Guid.NewGuid().ToString("N"))).FullName;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentBag<SubmissionAcknowledged> _submitted = [];
    private readonly ConcurrentBag<UploadAcknowledged> _uploaded = [];
    private readonly ConcurrentBag<ReportAcknowledged> _reported = [];
    private readonly ConcurrentBag<string> _unexpected = [];
    private readonly TaskCompletionSource _enoughUploads = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _uploads;
    private int _interrupted;
    private PortalNode? _node;

    private string FilesFolder => Path.Combine(_dataFolder, "files");

    private static Dictionary<string, string> Settings => new()
    {
        ["Portal:DemoMode"] = "true",
        ["Portal:RateLimits:LoginPermitsPerMinute"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_portal_killed_during_uploads_keeps_every_acknowledged_one_once_with_its_file_and_leaves_no_stray_file()
    {
        var publish = await PublishedPortal.FolderAsync();
        _node = await PortalNode.StartAsync("crashing", publish, _dataFolder, Settings);
        var trackId = await OpenTrackAsync();
        var authors = new List<CookieContainer>();
        foreach (var (userName, password) in Authors)
        {
            authors.Add(await SignedInAsync(userName, password));
        }

        var admin = await SignedInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var tasks = await LedgerTaskIdsAsync();

        var workers = Enumerable.Range(0, Submissions).Select(i => SubmitAsync(i, Client(authors[i % authors.Count]), trackId))
            .Concat(Enumerable.Range(0, Reporters).Select(i => ReportAsync(i, Client(admin), tasks[i])))
            .ToList();
        var allDone = Task.WhenAll(workers);
        Assert.True(await Task.WhenAny(_enoughUploads.Task, allDone) == _enoughUploads.Task,
            $"All work ended with only {_uploads} uploads acknowledged:\n{string.Join("\n", _unexpected)}\n{_node.Log()}");
        await _node.KillAsync();
        await allDone;

        var strayBeforeRestart = StrayFiles(await ReferencedKeysAsync()).Count;
        _node = await PortalNode.StartAsync("restarted", publish, _dataFolder, Settings);
        output.WriteLine($"Killed after {_uploads} uploads acknowledged ({_submitted.Count} entries submitted, {_reported.Count} reports); " +
                         $"{_interrupted} requests cut off; {strayBeforeRestart} stray files before the restart.");

        Assert.Empty(_unexpected);
        Assert.True(_interrupted > 0, "The kill came after all the work: nothing was in flight.");
        await using var db = await OpenDatabaseAsync();
        Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));

        foreach (var submission in _submitted)
        {
            var rows = await RowsAsync(db, "SELECT Id, Status FROM ContestEntries WHERE Title = $p", submission.Title);
            Assert.True(rows is [[var id, 1L]] && (long)id! == submission.EntryId, $"《{submission.Title}》 is stored {rows.Count} times, or not as submitted.");
        }

        foreach (var upload in _uploaded)
        {
            var rows = await RowsAsync(db, "SELECT FileKey FROM EntryAttachments WHERE EntryId = $p", upload.EntryId);
            Assert.True(rows.Count == 1, $"Entry {upload.EntryId} has {rows.Count} attachments instead of its one.");
            AssertStored((string)rows[0][0]!, upload.Content);
        }

        foreach (var report in _reported)
        {
            var rows = await RowsAsync(db, """
                SELECT a.FileKey FROM LedgerProgressUpdates u JOIN LedgerAttachments a ON a.UpdateId = u.Id WHERE u.Text = $p
                """, report.Note);
            Assert.True(rows.Count == 1, $"The report “{report.Note}” is stored with {rows.Count} files instead of one.");
            AssertStored((string)rows[0][0]!, report.Content);
        }

        var referenced = await ReferencedKeysAsync();
        Assert.All(referenced, key => Assert.True(File.Exists(Path.Combine(FilesFolder, key)), $"A row points to the missing file {key}."));
        Assert.Empty(StrayFiles(referenced));

        // The restarted portal serves what it acknowledged.
        var delegateClient = Client(authors[0]);
        foreach (var upload in _uploaded.Where(u => u.Author == 0).Take(5))
        {
            var page = await new PortalClient(delegateClient).GetStringAsync($"/my/entries/{upload.EntryId}");
            var download = await delegateClient.GetAsync(AttachmentLink().Match(page).Value);
            Assert.Equal(upload.Content, await download.Content.ReadAsByteArrayAsync());
        }
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Writes and submits an entry, then attaches a 1 MB PDF to it, as a delegate's browser does.</summary>
    private async Task SubmitAsync(int number, HttpClient http, int trackId)
    {
        var client = new PortalClient(http);
        var title = $"断电测试作品 {number:000} {_run}";
        await UntilKilledAsync(async () =>
        {
            var form = await client.GetStringAsync($"/my/entries/new?trackId={trackId}");
            var saved = await http.PostAsync("/my/entries/save", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PortalClient.Token(form),
                ["TrackId"] = trackId.ToString(),
                ["ClientToken"] = PortalClient.InputValue(form, "ClientToken"),
                ["Title"] = title,
                ["Unit"] = "示例县人大常委会",
                ["Body"] = "人大代表要密切联系群众，认真调查研究，依法履行职责。",
                ["AllowPublication"] = "true",
                ["Command"] = "submit",
            }));
            if (Receipt().Match(saved.Headers.Location?.OriginalString ?? "") is not { Success: true } receipt)
            {
                await UnexpectedAsync($"submitting《{title}》", saved);
                return;
            }

            var entryId = long.Parse(receipt.Groups[1].Value);
            _submitted.Add(new SubmissionAcknowledged(title, entryId));

            var content = Pdf($"entry {number} {_run}");
            var upload = new MultipartFormDataContent
            {
                { new StringContent(PortalClient.Token(await client.GetStringAsync($"/my/entries/{entryId}"))), "__RequestVerificationToken" },
                { new ByteArrayContent(content), "file", $"作品{number:000}.pdf" },
            };
            var uploaded = await http.PostAsync($"/my/entries/{entryId}/attachments", upload);
            if (uploaded.StatusCode != HttpStatusCode.Redirect)
            {
                await UnexpectedAsync($"attaching to entry {entryId}", uploaded);
                return;
            }

            _uploaded.Add(new UploadAcknowledged(entryId, number % Authors.Length, content));
            Uploaded();
        });
    }

    /// <summary>Reports progress on one task again and again, each time with a 1 MB PDF, as its owner's browser does.</summary>
    private async Task ReportAsync(int reporter, HttpClient http, int taskId)
    {
        var client = new PortalClient(http);
        await UntilKilledAsync(async () =>
        {
            for (var report = 0; report < ReportsEach; report++)
            {
                var note = $"断电测试进展 {reporter}-{report} {_run}";
                var page = await client.GetStringAsync($"/admin/ledger/tasks/{taskId}");
                var content = Pdf(note);
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                var form = new MultipartFormDataContent
                {
                    { new StringContent(PortalClient.Token(page)), "__RequestVerificationToken" },
                    { new StringContent(PortalClient.InputValue(page, "ConcurrencyStamp")), "ConcurrencyStamp" },
                    { new StringContent("InProgress"), "Status" },
                    { new StringContent("50"), "Progress" },
                    { new StringContent(note), "Note" },
                    { new StringContent("false"), "IsPublic" },
                    { file, "attachments", "进展材料.pdf" },
                };
                var reported = await http.PostAsync($"/admin/ledger/tasks/{taskId}/report", form);
                if (reported.StatusCode != HttpStatusCode.Redirect)
                {
                    await UnexpectedAsync($"reporting on task {taskId}", reported);
                    return;
                }

                _reported.Add(new ReportAcknowledged(note, content));
                Uploaded();
            }
        });
    }

    /// <summary>Runs the work until it ends or the portal is killed under it (the connection breaks).</summary>
    private async Task UntilKilledAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _interrupted);
        }
    }

    private void Uploaded()
    {
        if (Interlocked.Increment(ref _uploads) == KillAfterUploads)
        {
            _enoughUploads.SetResult();
        }
    }

    private async Task UnexpectedAsync(string what, HttpResponseMessage response) =>
        _unexpected.Add($"{what} answered {(int)response.StatusCode}: {Excerpt(await response.Content.ReadAsStringAsync())}");

    /// <summary>A contest open now whose essay track takes short texts, twenty entries a person and attachments.</summary>
    private async Task<int> OpenTrackAsync()
    {
        var admin = new PortalClient(Client(await SignedInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword)));
        var beijing = DateTime.UtcNow.AddHours(8);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", PortalClient.Token(await admin.GetStringAsync("/admin/contests/create"))),
            new("Title", "断电测试征文"), new("Theme", "断电测试"), new("Rules", "按时提交。"), new("Slug", "crash-" + _run),
            new("OpensAt", beijing.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ss")), new("ClosesAt", beijing.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ss")),
            new("EligibleRoles", "Delegate"), new("EligibleRoles", "Editor"), new("EligibleRoles", "Author"),
            new("JudgesPerEntry", "3"), new("Command", "publish"),
        };
        var created = await admin.Http.PostAsync("/admin/contests/create", new FormUrlEncodedContent(fields));
        var contestId = Regex.Match(created.Headers.Location?.OriginalString ?? "", @"/admin/contests/(\d+)/edit").Groups[1].Value;
        Assert.True(contestId.Length > 0, $"Creating the contest answered {(int)created.StatusCode}: {Excerpt(await created.Content.ReadAsStringAsync())}");

        await using var db = await OpenDatabaseAsync();
        var trackId = (int)await ScalarAsync<long>(db, $"SELECT Id FROM ContestTracks WHERE ContestId = {contestId} AND Kind = 0");
        var saved = await admin.PostFormAsync($"/admin/contests/{contestId}/tracks/{trackId}", $"/admin/contests/{contestId}/tracks/save", new()
        {
            ["Id"] = trackId.ToString(), ["Kind"] = "Essay", ["Name"] = "征文", ["MinLength"] = "10", ["MaxLength"] = "5000",
            ["MaxEntriesPerPerson"] = "20", ["AllowAttachments"] = "true", ["SortOrder"] = "0",
            ["Criteria[0].Name"] = "主题契合", ["Criteria[0].Weight"] = "100",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"Saving the track answered {(int)saved.StatusCode}: {Excerpt(await saved.Content.ReadAsStringAsync())}");
        return trackId;
    }

    private async Task<List<int>> LedgerTaskIdsAsync()
    {
        await using var db = await OpenDatabaseAsync();
        var rows = await RowsAsync(db, $"SELECT Id FROM LedgerTasks ORDER BY Id LIMIT {Reporters}");
        return rows.Select(row => (int)(long)row[0]!).ToList();
    }

    /// <summary>Signs in once; each worker then gets its own copy of the cookies, as a browser tab of that person would.</summary>
    private async Task<CookieContainer> SignedInAsync(string userName, string password)
    {
        var cookies = new CookieContainer();
        var response = await new PortalClient(Http(cookies)).LoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login as {userName} answered {(int)response.StatusCode}");
        return cookies;
    }

    private HttpClient Client(CookieContainer cookies)
    {
        var own = new CookieContainer();
        own.Add(cookies.GetAllCookies());
        return Http(own);
    }

    private HttpClient Http(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = _node!.Address,
            Timeout = TimeSpan.FromMinutes(3),
        };

    private async Task<HashSet<string>> ReferencedKeysAsync()
    {
        await using var db = await OpenDatabaseAsync();
        var rows = await RowsAsync(db, """
            SELECT FileKey FROM EntryAttachments UNION SELECT FileKey FROM LedgerAttachments
            UNION SELECT LargeKey FROM DelegatePhotos UNION SELECT SmallKey FROM DelegatePhotos
            UNION SELECT FileKey FROM StudyMaterials WHERE FileKey IS NOT NULL
            """);
        return rows.Select(row => (string)row[0]!).ToHashSet();
    }

    /// <summary>Files in the upload folder that no row points to.</summary>
    private List<string> StrayFiles(HashSet<string> referenced) =>
        Directory.Exists(FilesFolder)
            ? Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(FilesFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(key => !referenced.Contains(key))
                .ToList()
            : [];

    private void AssertStored(string key, byte[] content)
    {
        var path = Path.Combine(FilesFolder, key);
        Assert.True(File.Exists(path), $"The acknowledged file {key} is missing.");
        Assert.True(content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"The acknowledged file {key} is not what was uploaded.");
    }

    private async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_dataFolder, "portal.db"), DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<object?[]>> RowsAsync(SqliteConnection db, string sql, object? parameter = null)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A 1 MB PDF (by its magic number) whose bytes name it, so that two uploads never look alike.</summary>
    private static byte[] Pdf(string name)
    {
        var content = new byte[FileSize];
        Encoding.UTF8.GetBytes($"%PDF-1.4\n% {name}\n").CopyTo(content, 0);
        return content;
    }

    private static string Excerpt(string body) => body.Length > 600 ? body[..600] : body;

    [GeneratedRegex(@"^/my/entries/(\d+)/receipt$")]
    private static partial Regex Receipt();

    [GeneratedRegex(@"/contest-files/\d+")]
    private static partial Regex AttachmentLink();

    private sealed record SubmissionAcknowledged(string Title, long EntryId);

    private sealed record UploadAcknowledged(long EntryId, int Author, byte[] Content);

    private sealed record ReportAcknowledged(string Note, byte[] Content);
}
