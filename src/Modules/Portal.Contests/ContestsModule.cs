using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Contests.Recipes;
using Portal.Contests.Rules;
using Portal.Contests.Search;
using Portal.Contests.Services;
using Portal.Core.Hosting;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Search;

namespace Portal.Contests;

/// <summary>Essay contests and golden ideas: notices, online entry, blind judging, results.</summary>
public sealed class ContestsModule : IPortalModule
{
    /// <summary>Contest pages show a live status, so anonymous copies live briefly (and are evicted on every change).</summary>
    public const string ContestPagePolicy = "ContestPage";

    public string Id => "Contests";

    public IEnumerable<string> DependsOn => ["Contents", "Search"];

    public IEnumerable<Permission> Permissions => ContestsPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Editor, ContestsPermissions.ManageContests, ContestsPermissions.SubmitEntries),
        new(BuiltInRoles.Author, ContestsPermissions.SubmitEntries),
        new(BuiltInRoles.Delegate, ContestsPermissions.SubmitEntries),
        new(BuiltInRoles.Judge, ContestsPermissions.JudgeEntries),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContestQueries>();
        services.AddScoped<ContestEditor>();
        services.AddScoped<EntryService>();
        services.AddScoped<IFileReferences, EntryFileReferences>();
        services.AddScoped<JudgingService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<ResultsExport>();
        services.AddScoped<AttachmentAccess>();
        services.AddSingleton(new AssignmentSeed(null));
        services.AddScoped<IRecipeStepHandler, ContestsStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSiteNavigation("征文活动", "/contests", 120);
        services.AddScoped<WinnerSearchFeed>();
        services.AddScoped<ISearchDocumentSource, ContestSearchSource>();
        services.AddScoped<ISearchDocumentSource, WinnerSearchSource>();
        services.AddScoped<ISitemapSource, ContestSitemapSource>();
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(ContestPagePolicy, policy => policy
            .Expire(TimeSpan.FromSeconds(30))
            .Tag(PortalCaching.PublicContentTag)));
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Contest>(contest =>
        {
            contest.ToTable("Contests");
            contest.Property(c => c.EligibleRoles).HasMaxLength(200);
            contest.HasIndex(c => c.ContentItemId).IsUnique();
            contest.HasOne<ContentItem>().WithOne().HasForeignKey<Contest>(c => c.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            contest.HasMany(c => c.Tracks).WithOne().HasForeignKey(t => t.ContestId).OnDelete(DeleteBehavior.Cascade);
            contest.Ignore(c => c.EligibleRoleList);
        });

        model.Entity<ContestTrack>(track =>
        {
            track.ToTable("ContestTracks");
            track.Property(t => t.Name).HasMaxLength(50);
            track.HasMany(t => t.Criteria).WithOne().HasForeignKey(c => c.TrackId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<RubricCriterion>(criterion =>
        {
            criterion.ToTable("RubricCriteria");
            criterion.Property(c => c.Name).HasMaxLength(50);
        });

        model.Entity<ContestEntry>(entry =>
        {
            entry.ToTable("ContestEntries");
            entry.Property(e => e.AuthorId).HasMaxLength(64);
            entry.Property(e => e.AuthorName).HasMaxLength(256);
            entry.Property(e => e.Unit).HasMaxLength(EntryRules.UnitMaxLength);
            entry.Property(e => e.Title).HasMaxLength(EntryRules.TitleMaxLength);
            entry.Property(e => e.ReceiptNumber).HasMaxLength(32);
            entry.Property(e => e.Award).HasMaxLength(32);
            entry.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
            entry.HasIndex(e => e.ClientToken).IsUnique();
            entry.HasIndex(e => e.ReceiptNumber).IsUnique();
            entry.HasIndex(e => new { e.AuthorId, e.TrackId, e.Status });
            entry.HasIndex(e => new { e.ContestId, e.TrackId, e.Status });
            entry.HasOne<Contest>().WithMany().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
            entry.HasOne<ContestTrack>().WithMany().HasForeignKey(e => e.TrackId).OnDelete(DeleteBehavior.Restrict);
            entry.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<EntryAttachment>(attachment =>
        {
            attachment.ToTable("EntryAttachments");
            attachment.Property(a => a.FileKey).HasMaxLength(128);
            attachment.Property(a => a.OriginalName).HasMaxLength(200);
            attachment.HasIndex(a => new { a.EntryId, a.Number }).IsUnique();
        });

        model.Entity<TrackJudge>(judge =>
        {
            judge.ToTable("TrackJudges");
            judge.HasKey(j => new { j.TrackId, j.JudgeId });
            judge.Property(j => j.JudgeId).HasMaxLength(64);
            judge.Property(j => j.JudgeName).HasMaxLength(256);
            judge.HasOne<ContestTrack>().WithMany().HasForeignKey(j => j.TrackId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<JudgeConflict>(conflict =>
        {
            conflict.ToTable("JudgeConflicts");
            conflict.Property(c => c.JudgeId).HasMaxLength(64);
            conflict.Property(c => c.Unit).HasMaxLength(EntryRules.UnitMaxLength);
            conflict.HasIndex(c => new { c.ContestId, c.JudgeId });
            conflict.HasOne<Contest>().WithMany().HasForeignKey(c => c.ContestId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<JudgeAssignment>(assignment =>
        {
            assignment.ToTable("JudgeAssignments");
            assignment.Property(a => a.JudgeId).HasMaxLength(64);
            assignment.Property(a => a.JudgeName).HasMaxLength(256);
            assignment.Property(a => a.Comment).HasMaxLength(ScoreRules.CommentMaxLength);
            assignment.HasIndex(a => new { a.EntryId, a.JudgeId }).IsUnique();
            assignment.HasIndex(a => a.JudgeId);
            assignment.HasOne(a => a.Entry).WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
            assignment.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<CriterionScore>(score =>
        {
            score.ToTable("CriterionScores");
            score.HasIndex(s => new { s.AssignmentId, s.CriterionId }).IsUnique();
            score.HasOne<RubricCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<ScoreLogEntry>(log =>
        {
            log.ToTable("ScoreLog");
            log.Property(l => l.UserId).HasMaxLength(64);
            log.Property(l => l.UserName).HasMaxLength(256);
            log.Property(l => l.Action).HasMaxLength(32);
            log.Property(l => l.OldValues).HasMaxLength(1000);
            log.Property(l => l.NewValues).HasMaxLength(1000);
            log.Property(l => l.Reason).HasMaxLength(500);
            log.HasIndex(l => l.AssignmentId);
            // The log outlives nothing it speaks of: an assignment with a log line cannot be removed.
            log.HasOne<JudgeAssignment>().WithMany().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
