using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.News.Models;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>Reflections and excerpts: staff write them, the organiser marks good ones and sends chosen ones to the news review.</summary>
public sealed class ReflectionService(PortalDbContext db, StudyPeople people, ContentManager contents, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    private const string AuditType = "心得体会";

    public Task<Reflection?> FindAsync(int id) => db.Set<Reflection>().FirstOrDefaultAsync(r => r.Id == id);

    public async Task<StudyOutcome> SubmitAsync(ReflectionInput input)
    {
        var hasSubject = (input.SessionId is { } s && await db.Set<StudySession>().AnyAsync(x => x.Id == s))
            || (input.MaterialId is { } m && await db.Set<StudyMaterial>().AnyAsync(x => x.Id == m));
        if (ReflectionRules.Validate(input.Title, input.Body, hasSubject) is { Count: > 0 } problems)
        {
            return StudyOutcome.Refused(string.Join(" ", problems));
        }

        var reflection = new Reflection
        {
            UserId = user.Id ?? "",
            Kind = input.Kind,
            SessionId = input.SessionId,
            MaterialId = input.SessionId is null ? input.MaterialId : null,
            Title = input.Title!.Trim(),
            Body = input.Body!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(reflection);
        await db.SaveChangesAsync();
        audit.Record("提交", AuditType, reflection.Id.ToString(), $"《{reflection.Title}》");
        await db.SaveChangesAsync();
        return StudyOutcome.Done($"已提交“{reflection.Title}”。", reflection.Id);
    }

    public async Task<StudyOutcome> MarkAsync(int id, bool good)
    {
        var reflection = await FindAsync(id);
        if (reflection is null)
        {
            return StudyOutcome.Refused("心得体会不存在。");
        }

        reflection.IsGood = good;
        reflection.MarkedByName = good ? await people.NameAsync(user.Id ?? "") : null;
        audit.Record(good ? "评为优秀" : "取消优秀", AuditType, id.ToString(), $"《{reflection.Title}》");
        await db.SaveChangesAsync();
        return StudyOutcome.Done(good ? $"已将“{reflection.Title}”评为优秀。" : $"已取消“{reflection.Title}”的优秀标记。", id);
    }

    /// <summary>
    /// Makes a news article draft of a good reflection and submits it for review through the content engine: the editors
    /// review and publish it as any other article.
    /// </summary>
    public async Task<StudyOutcome> SendToReviewAsync(int id, int columnId)
    {
        var reflection = await FindAsync(id);
        if (reflection is null)
        {
            return StudyOutcome.Refused("心得体会不存在。");
        }

        if (!reflection.IsGood)
        {
            return StudyOutcome.Refused("只有评为优秀的心得体会才能投稿为文章。", id);
        }

        if (reflection.ArticleId is not null)
        {
            return StudyOutcome.Refused("这篇心得体会已经投稿，请在文章管理中查看审核情况。", id);
        }

        if (!await db.Set<Column>().AnyAsync(c => c.Id == columnId))
        {
            return StudyOutcome.Refused("请选择文章所属栏目。", id);
        }

        var author = await people.NameAsync(reflection.UserId);
        var draft = new ContentDraft(reflection.Title, reflection.Body, $"{author}的学习{(reflection.Kind == ReflectionKind.Excerpt ? "摘录" : "心得体会")}",
            new ArticleFields(columnId, "机关学习活动", false).ToJson());
        var created = await contents.CreateAsync(ArticleTypes.Article, draft);
        if (!created.Succeeded)
        {
            return StudyOutcome.Refused(created.Message!, id);
        }

        var submitted = await contents.SubmitAsync(created.Item!.Id, created.Item.ConcurrencyStamp);
        if (!submitted.Succeeded)
        {
            return StudyOutcome.Refused(submitted.Message!, id);
        }

        reflection.ArticleId = created.Item.Id;
        audit.Record("投稿为文章", AuditType, id.ToString(), $"《{reflection.Title}》");
        await db.SaveChangesAsync();
        return StudyOutcome.Done($"已将“{reflection.Title}”作为文章草稿提交审核，由编辑审核后发布。", id);
    }
}
