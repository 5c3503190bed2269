using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ContestLoad;

// Deadline day: a few hundred delegates submit essays with a 1 MB attachment at once, against a local portal only.
var options = LoadOptions.Parse(args);
if (!IPAddress.TryParse(options.BaseUri.Host, out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine($"Refusing to load {options.BaseUri}: only a portal on this machine (127.0.0.0/8) may be targeted.");
    return 2;
}

var admin = new Browser(options.BaseUri);
await admin.LoginAsync(options.AdminUser, options.AdminPassword);
var contestPage = await admin.GetStringAsync($"/contests/{options.ContestSlug}");
var trackId = int.Parse(Regex.Match(contestPage, @"/my/entries/new\?trackId=(\d+)").Groups[1].Value);
var adminList = await admin.GetStringAsync("/admin/contests");
var contestId = long.Parse(Regex.Match(adminList, $@"/admin/contests/(\d+)/edit"">[^<]*{Regex.Escape(options.ContestTitleStart)}").Groups[1].Value);

Console.WriteLine($"Creating {options.Delegates} delegate accounts through /admin/users ...");
var created = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(1, options.Delegates), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
    await admin.CreateDelegateAsync(SimulatedDelegate.UserName(i), $"压测代表{i:000}", SimulatedDelegate.Password));
Console.WriteLine($"  done in {created.Elapsed.TotalSeconds:0.0} s");

var attachment = new byte[options.AttachmentBytes];
Encoding.ASCII.GetBytes("%PDF-1.4\n% deadline-day load test\n").CopyTo(attachment, 0);
var recorder = new Recorder();
var sent = 0;
var gate = new SemaphoreSlim(options.Concurrency);
Console.WriteLine($"{options.Delegates} delegates submit an essay with a {options.AttachmentBytes / 1024} KB attachment, {options.Concurrency} at a time ...");
var run = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(1, options.Delegates).Select(async i =>
{
    await gate.WaitAsync();
    try
    {
        await new SimulatedDelegate(i, new Browser(options.BaseUri, recorder), trackId).SubmitAsync(attachment, doubleClick: i % 10 == 0, () => Interlocked.Increment(ref sent));
    }
    catch (Exception exception)
    {
        recorder.Fail($"delegate {i}: {exception.Message}");
    }
    finally
    {
        gate.Release();
    }
}));
run.Stop();

var entries = await admin.GetStringAsync($"/admin/contests/{contestId}/entries");
var rows = Regex.Matches(entries, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Where(r => r.Contains(SimulatedDelegate.TitlePrefix)).ToList();
var stored = rows.Count(r => r.Contains("已提交"));
var storedAttachments = rows.Sum(r => Regex.Matches(r, "/contest-files/").Count);

recorder.Report(run.Elapsed, options.Delegates * (long)options.AttachmentBytes);
Console.WriteLine($"entries sent:         {sent}");
Console.WriteLine($"entries stored:       {stored}");
Console.WriteLine($"attachments stored:   {storedAttachments} (one per entry expected)");
var ok = stored == sent && sent == options.Delegates && storedAttachments == sent;
Console.WriteLine(ok ? "RESULT: every entry sent was stored exactly once" : "RESULT: MISMATCH between entries sent and stored");
return ok ? 0 : 1;
