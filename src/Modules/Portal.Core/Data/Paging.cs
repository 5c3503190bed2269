namespace Portal.Core.Data;

/// <summary>One page of a query, for any page number a reader can type: 0 or less is the first page, and a page too far
/// for an offset (2147483647 × 20 overflows, and PostgreSQL refuses the negative offset that made) is simply empty.</summary>
public static class Paging
{
    public static IQueryable<T> Page<T>(this IQueryable<T> query, int page, int pageSize) =>
        query.Skip(Offset(page, pageSize)).Take(pageSize);

    /// <summary>How many rows come before <paramref name="page"/> (counted from 1).</summary>
    public static int Offset(int page, int pageSize) => (int)Math.Min(int.MaxValue, (Math.Max(1L, page) - 1) * pageSize);
}
