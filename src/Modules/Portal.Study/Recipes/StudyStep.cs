using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Recipes;

/// <summary>
/// Creates a study year: branches with their heads and members, materials, sessions with their sign-in sheets, leave
/// requests with every step, and reflections. Nothing is done when any branch exists already.
/// </summary>
internal sealed class StudyStep(PortalDbContext db, MarkdownRenderer markdown) : IRecipeStepHandler
{
    private static readonly TimeSpan SignInDelay = TimeSpan.FromMinutes(5);

    public string StepName => "Study";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        if (await db.Set<StudyBranch>().AnyAsync(cancellationToken))
        {
            return;
        }

        var branches = RecipeJson.Read<List<BranchEntry>>(step, "branches");
        var materials = RecipeJson.Read<List<MaterialEntry>>(step, "materials");
        var sessions = RecipeJson.Read<List<SessionEntry>>(step, "sessions");
        var reflections = RecipeJson.Read<List<ReflectionEntry>>(step, "reflections");

        var userNames = branches.SelectMany(b => b.Members.Append(b.Head))
            .Concat(sessions.SelectMany(s => (s.Leaves ?? []).SelectMany(l => new[] { l.User, l.By })))
            .Concat(sessions.Select(s => s.Organiser)).Concat(reflections.Select(r => r.User)).OfType<string>().Distinct().ToList();
        var people = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, cancellationToken);
        foreach (var missing in userNames.Where(n => !people.ContainsKey(n)))
        {
            throw new InvalidOperationException($"学习活动配方中的用户 “{missing}” 不存在，请先创建。");
        }

        var branchIds = new Dictionary<string, int>();
        var memberBranch = new Dictionary<string, int>();
        foreach (var (entry, order) in branches.Select((b, i) => (b, i)))
        {
            var branch = new StudyBranch { Name = entry.Name, HeadId = people[entry.Head].Id, SortOrder = (order + 1) * 10 };
            db.Add(branch);
            await db.SaveChangesAsync(cancellationToken);
            branchIds[entry.Name] = branch.Id;
            foreach (var member in entry.Members)
            {
                db.Add(new StudyMember { UserId = people[member].Id, BranchId = branch.Id });
                memberBranch[member] = branch.Id;
            }
        }

        var materialIds = new Dictionary<string, int>();
        foreach (var entry in materials)
        {
            var material = new StudyMaterial
            {
                Title = entry.Title,
                Topic = entry.Topic,
                Kind = MaterialKind.Text,
                Summary = entry.Summary,
                BodyMarkdown = entry.Body,
                BodyHtml = markdown.Render(entry.Body),
                CreatedAt = At(entry.Added),
            };
            db.Add(material);
            await db.SaveChangesAsync(cancellationToken);
            materialIds[entry.Key] = material.Id;
        }

        var sessionIds = new Dictionary<string, int>();
        foreach (var entry in sessions)
        {
            var session = CreateSession(entry, branchIds, materialIds);
            db.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            sessionIds[entry.Title] = session.Id;
            AddSheet(entry, session, memberBranch, people);
        }

        foreach (var entry in reflections)
        {
            db.Add(new Reflection
            {
                UserId = people[entry.User].Id,
                Kind = entry.Kind == "摘录" ? ReflectionKind.Excerpt : ReflectionKind.Reflection,
                SessionId = entry.Session is { } s ? sessionIds[s] : null,
                MaterialId = entry.Session is null && entry.Material is { } m ? materialIds[m] : null,
                Title = entry.Title,
                Body = entry.Body,
                CreatedAt = At(entry.Written),
                IsGood = entry.Good,
                MarkedByName = entry.Good ? "学习组织者" : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static StudySession CreateSession(SessionEntry entry, Dictionary<string, int> branchIds, Dictionary<string, int> materialIds)
    {
        var form = StudyForms.FromChinese(entry.Form) ?? throw new InvalidOperationException($"学习活动 “{entry.Title}” 的形式 “{entry.Form}” 无法识别。");
        var starts = At(entry.Start);
        var ends = At(entry.End);
        if (SessionRules.Validate(entry.Title, entry.Topic, starts, ends).FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException($"学习活动 “{entry.Title}” 不符合规则：{problem}");
        }

        return new StudySession
        {
            Title = entry.Title,
            Topic = entry.Topic,
            Form = form,
            StartsAt = starts,
            EndsAt = ends,
            Place = entry.Place,
            Speaker = entry.Speaker,
            BranchId = entry.Branch is { } branch ? branchIds[branch] : null,
            Description = entry.Description,
            SignInSecret = SignInTokens.NewSecret(),
            CreatedAt = starts.AddDays(-7),
            Materials = [.. (entry.Materials ?? []).Select(m => new SessionMaterial { MaterialId = materialIds[m] })],
        };
    }

    /// <summary>Everyone the session expects is present, except the absent and those with an approved leave.</summary>
    private void AddSheet(SessionEntry entry, StudySession session, Dictionary<string, int> memberBranch, Dictionary<string, PortalUser> people)
    {
        if (!StudyForms.KeepsSignInSheet(session.Form))
        {
            return;
        }

        var organiser = people[entry.Organiser ?? throw new InvalidOperationException($"学习活动 “{entry.Title}” 缺少签到组织者。")];
        var onLeave = new HashSet<string>();
        foreach (var leave in entry.Leaves ?? [])
        {
            var requester = people[leave.User];
            var decider = people[leave.By];
            var request = new LeaveRequest
            {
                SessionId = session.Id,
                UserId = requester.Id,
                Reason = leave.Reason,
                RequestedAt = session.StartsAt.AddDays(-2),
                Status = LeaveStatus.Pending,
            };
            request.Steps.Add(Step(LeaveStatus.Pending, requester, request.RequestedAt, null));
            request.Status = leave.Approved ? LeaveStatus.Approved : LeaveStatus.Refused;
            request.Steps.Add(Step(request.Status, decider, session.StartsAt.AddDays(-1), leave.Note));
            if (leave.Approved && leave.Closed)
            {
                request.Status = LeaveStatus.Closed;
                request.Steps.Add(Step(LeaveStatus.Closed, requester, session.EndsAt.AddDays(1), null));
            }

            db.Add(request);
            if (leave.Approved)
            {
                onLeave.Add(leave.User);
            }
        }

        var expected = memberBranch.Where(m => session.BranchId is null || m.Value == session.BranchId).Select(m => m.Key);
        var byOrganiser = entry.SignedInByOrganiser ?? [];
        foreach (var member in expected.Where(m => !onLeave.Contains(m) && !(entry.Absent ?? []).Contains(m)))
        {
            var recorder = byOrganiser.Contains(member) ? organiser : people[member];
            db.Add(new SessionSignIn
            {
                SessionId = session.Id,
                UserId = people[member].Id,
                SignedInAt = session.StartsAt - SignInDelay,
                ByOrganiser = byOrganiser.Contains(member),
                RecordedById = recorder.Id,
                RecordedByName = recorder.DisplayName,
            });
        }
    }

    private static LeaveStep Step(LeaveStatus status, PortalUser by, DateTime at, string? note) =>
        new() { Status = status, ById = by.Id, ByName = by.DisplayName, At = at, Note = note };

    private static DateTime At(string beijing) =>
        ChinaTime.FromChinaTime(DateTime.ParseExact(beijing, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None));

    private sealed record BranchEntry(string Name, string Head, List<string> Members);

    private sealed record MaterialEntry(string Key, string Title, string Topic, string Summary, string Body, string Added);

    private sealed record SessionEntry(
        string Title, string Topic, string Form, string Start, string End, string? Place, string? Speaker, string? Branch, string? Description,
        List<string>? Materials, string? Organiser, List<string>? Absent, List<string>? SignedInByOrganiser, List<LeaveEntry>? Leaves);

    private sealed record LeaveEntry(string User, string Reason, string By, bool Approved, bool Closed, string? Note);

    private sealed record ReflectionEntry(string User, string Kind, string? Session, string? Material, string Title, string Body, string Written, bool Good);
}
