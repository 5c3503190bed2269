using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Delegates.Models;
using Portal.News.Models;
using Portal.Search.Models;
using Portal.Web;

// Bench volume on top of the demo content, written straight to the database the portal already set up (run it while
// the portal is stopped): published articles spread over the columns, voter-contact records of the demo delegates,
// contest entries, and one search-queue row that makes the portal rebuild its index on the next start.
// Usage: dotnet BenchSeed.dll --Portal:DataPath=<folder> [--articles 10000] [--contacts 2000] [--entries 5000]
var articles = Count("--articles", 10_000);
var contacts = Count("--contacts", 2_000);
var entries = Count("--entries", 5_000);

var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--Portal:", StringComparison.Ordinal)).ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddPortal(PortalModules.All());
await using var app = builder.Build();
await using var scope = app.Services.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
db.ChangeTracker.AutoDetectChangesEnabled = false;
var random = new Random(2012);
var watch = Stopwatch.StartNew();

string[] phrases =
[
    "市人大常委会", "主题活动", "强两基重民生转方式促发展", "执法检查", "专题询问", "代表建议", "督办工作", "工作评议",
    "中原经济区建设", "金点子", "优秀征文", "联系选民", "重点项目", "小巨人企业", "新型农村社区", "民生工程",
    "食品安全", "交通安全", "监督法", "代表法", "规范性文件", "备案审查", "机关建设", "集中学习", "工作台账",
];
string[] joins = ["，", "、", "；", "进一步加强", "认真落实", "扎实推进", "积极开展", "切实做好"];
string Sentence(int words)
{
    var text = new StringBuilder();
    for (var i = 0; i < words; i++)
    {
        text.Append(phrases[random.Next(phrases.Length)]).Append(joins[random.Next(joins.Length)]);
    }

    return text.Append('。').ToString();
}

var editor = await db.Users.SingleAsync(u => u.UserName == "editor");
var columns = await db.Set<Column>().Select(c => c.Id).ToListAsync();
var start = new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc);
for (var batch = 0; batch < articles; batch += 1000)
{
    var indexes = new List<(ContentItem Item, ArticleIndex Index)>();
    foreach (var i in Enumerable.Range(batch + 1, Math.Min(1000, articles - batch)))
    {
        var at = start.AddMinutes(i * 47);
        var column = columns[i % columns.Count];
        var title = $"{phrases[i % phrases.Length]}{Sentence(2).TrimEnd('。')}（第{i}号）";
        var paragraphs = Enumerable.Range(0, 6).Select(_ => Sentence(25 + random.Next(20))).ToList();
        var item = new ContentItem
        {
            ContentType = ArticleTypes.Article, Slug = $"bench-{i:00000}", OwnerId = editor.Id, OwnerName = editor.UserName!,
            Status = ContentStatus.Published, CreatedAt = at, ModifiedAt = at, PublishedAt = at, HasPublishedVersion = true,
        };
        item.Versions.Add(new ContentVersion
        {
            Number = 1, Title = title, Summary = paragraphs[0][..40], BodyMarkdown = string.Join("\n\n", paragraphs),
            BodyHtml = string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n")), Fields = new ArticleFields(column, "许昌市人大常委会办公室", false).ToJson(),
            IsLatest = true, IsPublished = true, CreatedAt = at, AuthorId = editor.Id, AuthorName = editor.UserName!,
        });
        db.Add(item);
        indexes.Add((item, new ArticleIndex
        {
            ContentType = ArticleTypes.Article, ColumnId = column, Title = title, PublishedColumnId = column, PublishedTitle = title,
            PublishedAt = at, Slug = item.Slug,
        }));
    }

    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
    foreach (var (item, index) in indexes)
    {
        index.ContentItemId = item.Id;
        db.Add(index);
    }

    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
}

Console.WriteLine($"{articles} articles in {watch.Elapsed.TotalSeconds:0.0} s");

var delegateItems = await db.Set<DelegateIndex>().Select(d => d.ContentItemId).ToListAsync();
var forms = Enum.GetValues<ContactForm>();
for (var i = 1; i <= contacts; i++)
{
    db.Add(new VoterContact
    {
        ContentItemId = delegateItems[i % delegateItems.Count], Date = DateOnly.FromDateTime(start.AddDays(i % 365)), Place = $"第{i % 40 + 1}代表联络站",
        Form = forms[i % forms.Length], PeopleCount = 5 + i % 30, Topic = Sentence(2), Issues = Sentence(12),
        FollowUpStatus = (FollowUpStatus)(i % 3), Review = (ReviewStatus)(i % 3), CreatedBy = editor.Id, CreatedAt = start.AddDays(i % 365),
    });
}

db.ChangeTracker.DetectChanges();
await db.SaveChangesAsync();
db.ChangeTracker.Clear();
Console.WriteLine($"{contacts} voter-contact records ({delegateItems.Count} delegates) in {watch.Elapsed.TotalSeconds:0.0} s");

// Into the contest that closes first, so that the open contest's deadline-day bench counts only its own entries.
var contest = await db.Set<Contest>().Include(c => c.Tracks).OrderBy(c => c.ClosesAt).FirstAsync();
var author = await db.Users.SingleAsync(u => u.UserName == "delegate");
for (var i = 1; i <= entries; i++)
{
    var at = contest.OpensAt.AddMinutes(i);
    db.Add(new ContestEntry
    {
        ContestId = contest.Id, TrackId = contest.Tracks[i % contest.Tracks.Count].Id, AuthorId = author.Id, AuthorName = "压测代表",
        Unit = "许昌市人大常委会", Title = $"压测征文第{i}篇", Body = string.Concat(Enumerable.Range(0, 8).Select(_ => Sentence(20))),
        Problem = Sentence(4), Suggestion = Sentence(4), ExpectedEffect = Sentence(3), Status = EntryStatus.Submitted,
        ClientToken = Guid.NewGuid(), ReceiptNumber = $"BENCH-{i:00000}", CreatedAt = at, ModifiedAt = at, SubmittedAt = at,
    });
}

db.ChangeTracker.DetectChanges();
await db.SaveChangesAsync();
Console.WriteLine($"{entries} contest entries in {watch.Elapsed.TotalSeconds:0.0} s");

db.Add(new SearchQueueEntry { Kind = SearchQueueEntry.RebuildKind, Key = "", EnqueuedAt = DateTime.UtcNow });
await db.SaveChangesAsync();
return 0;

int Count(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
