using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>The organ's staff as the study module knows them: members of branches, and branch heads.</summary>
public sealed class StudyPeople(PortalDbContext db)
{
    public Task<List<StudyBranch>> BranchesAsync() => db.Set<StudyBranch>().AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();

    public Task<List<MemberFacts>> MembersAsync() =>
        (from m in db.Set<StudyMember>()
         join u in db.Users on m.UserId equals u.Id
         join b in db.Set<StudyBranch>() on m.BranchId equals b.Id
         orderby b.SortOrder, b.Id, u.UserName
         select new MemberFacts(u.Id, u.DisplayName, b.Id, b.Name)).ToListAsync();

    public async Task<List<MemberFacts>> ExpectedAsync(StudySession session) =>
        StudyForms.KeepsSignInSheet(session.Form)
            ? (await MembersAsync()).Where(m => session.BranchId is null || m.BranchId == session.BranchId).ToList()
            : [];

    public Task<StudyMember?> MemberAsync(string userId) => db.Set<StudyMember>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId);

    public async Task<bool> IsExpectedAsync(StudySession session, string userId) =>
        StudyForms.KeepsSignInSheet(session.Form) && await MemberAsync(userId) is { } member && (session.BranchId is null || session.BranchId == member.BranchId);

    public Task<List<int>> BranchesHeadedByAsync(string userId) =>
        db.Set<StudyBranch>().Where(b => b.HeadId == userId).Select(b => b.Id).ToListAsync();

    public async Task<string> NameAsync(string userId) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";

    public async Task<string?> BranchNameAsync(int? branchId) =>
        branchId is null ? null : await db.Set<StudyBranch>().Where(b => b.Id == branchId).Select(b => b.Name).FirstOrDefaultAsync();
}
