namespace Portal.Core.Files;

public static class BoundedCopy
{
    /// <summary>Copies at most <paramref name="limit"/> bytes and returns how many were copied: one more than a size limit tells that the source is too long.</summary>
    public static async Task<long> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        return total;
    }
}
