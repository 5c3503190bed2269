using MimeKit;
using Npgsql;
using Portal.Ledger.Rules;

namespace Portal.ScaleOut.Tests;

/// <summary>Both nodes run the clustered scheduler: a reminder that falls due is mailed by one of them, once.</summary>
public sealed partial class TwoNodeTests
{
    [TwoNodeFact]
    public async Task A_scheduled_reminder_is_sent_once()
    {
        await using var db = new NpgsqlDataSourceBuilder(nodes.ConnectionString).Build();
        var task = await DueSoonTaskAsync(db);
        var people = new[] { task.Owner, task.Leader };

        // One mail per recipient arrives within a few firings of the two-second trigger ...
        await WaitForAsync(TimeSpan.FromSeconds(30), () => MailsAbout(task.Title).Count >= people.Length,
            () => $"{MailsAbout(task.Title).Count} of {people.Length} reminders about “{task.Title}” in {nodes.MailFolder}\n{nodes.A.Log()}\n{nodes.B.Log()}");

        // ... and no node sends it again at the next firings.
        var firings = new HashSet<long>();
        await WaitForAsync(TimeSpan.FromSeconds(20), async () => firings.Add(await LastFiringAsync(db)) && firings.Count >= 3,
            () => $"the reminder trigger fired {firings.Count - 1} more times");

        var mails = MailsAbout(task.Title);
        Assert.Equal(people.Order(), mails.Select(m => m.Address).Order());
        Assert.Equal(people.Length, await CountAsync(db, """SELECT count(*) FROM "LedgerReminders" WHERE "TaskId" = $1""", task.Id));
        Assert.Equal(2, await CountAsync(db, "SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state"));
    }

    /// <summary>
    /// A finished or paused demo task, so far never reminded of, reopened with an owner and another responsible leader
    /// and due tomorrow; both have an address.
    /// </summary>
    private static async Task<(int Id, string Title, string Owner, string Leader)> DueSoonTaskAsync(NpgsqlDataSource db)
    {
        await using var pick = db.CreateCommand("""
            SELECT "Id", "Title" FROM "LedgerTasks"
            WHERE "Status" IN ('Done', 'Paused') AND "OwnerId" IS NOT NULL AND "LeaderId" IS NOT NULL AND "OwnerId" <> "LeaderId"
            ORDER BY "Id" LIMIT 1
            """);
        await using var reader = await pick.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The demo ledger has no finished or paused task with an owner and a leader.");
        var (id, title) = (reader.GetInt32(0), reader.GetString(1));
        await reader.CloseAsync();

        await using var due = db.CreateCommand("""UPDATE "LedgerTasks" SET "Status" = 'InProgress', "CompletedOn" = NULL, "Deadline" = $1 WHERE "Id" = $2""");
        due.Parameters.AddWithValue(BeijingDay.Today(TimeProvider.System).AddDays(1));
        due.Parameters.AddWithValue(id);
        await due.ExecuteNonQueryAsync();

        await using var addresses = db.CreateCommand("""
            UPDATE "AspNetUsers" u SET "Email" = coalesce(nullif(u."Email", ''), lower(u."UserName") || '@example.invalid')
            FROM "LedgerTasks" t WHERE t."Id" = $1 AND u."Id" IN (t."OwnerId", t."LeaderId")
            RETURNING u."Email", u."Id" = t."OwnerId"
            """);
        addresses.Parameters.AddWithValue(id);
        await using var people = await addresses.ExecuteReaderAsync();
        var emails = new Dictionary<bool, string>();
        while (await people.ReadAsync())
        {
            emails[people.GetBoolean(1)] = people.GetString(0);
        }

        return (id, title, emails[true], emails[false]);
    }

    /// <summary>When the reminder trigger last fired, on whichever node.</summary>
    internal static async Task<long> LastFiringAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("SELECT prev_fire_time FROM qrtz_triggers WHERE trigger_name = 'ledger-reminders'");
        return await command.ExecuteScalarAsync() is long ticks ? ticks : 0;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql, params object[] parameters)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The reminders about one task in the shared pickup folder; a file still being written is read at the next look.</summary>
    private List<(string Address, string Subject)> MailsAbout(string title)
    {
        var mails = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(nodes.MailFolder, "*.eml"))
        {
            try
            {
                var message = MimeMessage.Load(file);
                if (message.Subject?.Contains($"“{title}”", StringComparison.Ordinal) == true)
                {
                    mails.Add((message.To.Mailboxes.Single().Address, message.Subject));
                }
            }
            catch (Exception exception) when (exception is IOException or FormatException)
            {
                // Not complete yet.
            }
        }

        return mails;
    }

    private static Task WaitForAsync(TimeSpan within, Func<bool> done, Func<string> state) =>
        WaitForAsync(within, () => Task.FromResult(done()), state);

    /// <summary>Asks again until done or the time is up, each question bounded too; the nodes are other processes, so there is no clock to pin.</summary>
    internal static async Task WaitForAsync(TimeSpan within, Func<Task<bool>> done, Func<string> state)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await done().WaitAsync(within))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not done within {within.TotalSeconds:0} s: {state()}.");
            await Task.Delay(200);
        }
    }
}
