using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin;
using Portal.Contents;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Search;
using Portal.Study.Models;
using Portal.Study.Recipes;
using Portal.Study.Rules;
using Portal.Study.Search;
using Portal.Study.Services;

namespace Portal.Study;

/// <summary>Study activities (学习活动): sessions, materials, sign-in, leave requests, reflections, statistics, the public summary.</summary>
public sealed class StudyModule : IPortalModule
{
    public string Id => "Study";

    public IEnumerable<string> DependsOn => ["Admin", "News", "Search"];

    public IEnumerable<Permission> Permissions => StudyPermissions.All;

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(BuiltInRoles.Staff, StudyPermissions.TakePartInStudy, AdminPermissions.AccessAdmin),
        new(BuiltInRoles.StudyOrganiser, StudyPermissions.TakePartInStudy, StudyPermissions.ManageStudy, AdminPermissions.AccessAdmin, ContentsPermissions.EditOwnContent),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StudyPeople>();
        services.AddScoped<StudyQueries>();
        services.AddScoped<SessionEditor>();
        services.AddScoped<SignInService>();
        services.AddScoped<LeaveService>();
        services.AddScoped<MaterialLibrary>();
        services.AddScoped<IFileReferences, MaterialFileReferences>();
        services.AddScoped<ReflectionService>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<PublicStudyCache>();
        services.AddScoped<IRecipeStepHandler, StudyStep>();
        services.AddScoped<ISitemapSource, StudySitemapSource>();
        services.AddScoped<ISearchDocumentSource, StudySearchSource>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSiteNavigation("学习活动", "/study", 140);
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<StudyBranch>(branch =>
        {
            branch.ToTable("StudyBranches");
            branch.Property(b => b.Name).HasMaxLength(50);
            branch.Property(b => b.HeadId).HasMaxLength(64);
            branch.HasIndex(b => b.Name).IsUnique();
            branch.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.HeadId).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<StudyMember>(member =>
        {
            member.ToTable("StudyMembers");
            member.HasKey(m => m.UserId);
            member.Property(m => m.UserId).HasMaxLength(64);
            member.HasIndex(m => m.BranchId);
            member.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<StudyBranch>().WithMany().HasForeignKey(m => m.BranchId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<StudySession>(session =>
        {
            session.ToTable("StudySessions");
            session.Property(s => s.Title).HasMaxLength(SessionRules.TitleMaxLength);
            session.Property(s => s.Topic).HasMaxLength(SessionRules.TopicMaxLength);
            session.Property(s => s.Form).HasConversion<string>().HasMaxLength(20);
            session.Property(s => s.Place).HasMaxLength(SessionRules.PlaceMaxLength);
            session.Property(s => s.Speaker).HasMaxLength(SessionRules.SpeakerMaxLength);
            session.Property(s => s.Description).HasMaxLength(SessionRules.DescriptionMaxLength);
            session.Property(s => s.SignInSecret).HasMaxLength(64);
            session.HasIndex(s => s.StartsAt);
            session.HasOne<StudyBranch>().WithMany().HasForeignKey(s => s.BranchId).OnDelete(DeleteBehavior.Restrict);
            session.HasMany(s => s.Materials).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<StudyMaterial>(material =>
        {
            material.ToTable("StudyMaterials");
            material.Property(m => m.Title).HasMaxLength(MaterialRules.TitleMaxLength);
            material.Property(m => m.Topic).HasMaxLength(SessionRules.TopicMaxLength);
            material.Property(m => m.Kind).HasConversion<string>().HasMaxLength(8);
            material.Property(m => m.Summary).HasMaxLength(MaterialRules.SummaryMaxLength);
            material.Property(m => m.BodyMarkdown).HasMaxLength(MaterialRules.BodyMaxLength);
            material.Property(m => m.Url).HasMaxLength(500);
            material.Property(m => m.FileKey).HasMaxLength(100);
            material.Property(m => m.FileName).HasMaxLength(120);
            material.Property(m => m.FileKind).HasConversion<string>().HasMaxLength(8);
            material.HasIndex(m => m.Topic);
        });

        model.Entity<SessionMaterial>(link =>
        {
            link.ToTable("StudySessionMaterials");
            link.HasKey(l => new { l.SessionId, l.MaterialId });
            link.HasOne<StudyMaterial>().WithMany().HasForeignKey(l => l.MaterialId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<MaterialRead>(read =>
        {
            read.ToTable("StudyMaterialReads");
            read.HasKey(r => new { r.MaterialId, r.UserId });
            read.Property(r => r.UserId).HasMaxLength(64);
            read.HasOne<StudyMaterial>().WithMany().HasForeignKey(r => r.MaterialId).OnDelete(DeleteBehavior.Cascade);
            read.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<SessionSignIn>(signIn =>
        {
            signIn.ToTable("StudySignIns");
            signIn.Property(s => s.UserId).HasMaxLength(64);
            signIn.Property(s => s.RecordedById).HasMaxLength(64);
            signIn.Property(s => s.RecordedByName).HasMaxLength(256);
            signIn.HasIndex(s => new { s.SessionId, s.UserId }).IsUnique();
            signIn.HasOne<StudySession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
            signIn.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<LeaveRequest>(leave =>
        {
            leave.ToTable("StudyLeaveRequests");
            leave.Property(l => l.UserId).HasMaxLength(64);
            leave.Property(l => l.Reason).HasMaxLength(LeaveRules.ReasonMaxLength);
            leave.Property(l => l.Status).HasConversion<string>().HasMaxLength(10);
            leave.HasIndex(l => new { l.SessionId, l.UserId });
            leave.HasOne<StudySession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
            leave.HasOne<PortalUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
            leave.HasMany(l => l.Steps).WithOne().HasForeignKey(s => s.LeaveRequestId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<LeaveStep>(step =>
        {
            step.ToTable("StudyLeaveSteps");
            step.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
            step.Property(s => s.ById).HasMaxLength(64);
            step.Property(s => s.ByName).HasMaxLength(256);
            step.Property(s => s.Note).HasMaxLength(LeaveRules.ReasonMaxLength);
        });

        model.Entity<Reflection>(reflection =>
        {
            reflection.ToTable("StudyReflections");
            reflection.Property(r => r.UserId).HasMaxLength(64);
            reflection.Property(r => r.Kind).HasConversion<string>().HasMaxLength(12);
            reflection.Property(r => r.Title).HasMaxLength(ReflectionRules.TitleMaxLength);
            reflection.Property(r => r.Body).HasMaxLength(ReflectionRules.BodyMaxLength);
            reflection.Property(r => r.MarkedByName).HasMaxLength(256);
            reflection.HasIndex(r => r.UserId);
            reflection.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            reflection.HasOne<StudySession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.SetNull);
            reflection.HasOne<StudyMaterial>().WithMany().HasForeignKey(r => r.MaterialId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
