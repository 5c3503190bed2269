using Microsoft.Extensions.Caching.Memory;

namespace Portal.Core.QrCodes;

/// <summary>
/// Drawn codes by text and label. Drawing one (eight masks tried and scored) cost more than the rest of an article page
/// rendered from the database; a page's address rarely changes. Bounded, so ten thousand articles cannot fill memory.
/// </summary>
public sealed class QrCodeCache : IDisposable
{
    private readonly MemoryCache _codes = new(new MemoryCacheOptions { SizeLimit = 2048 });

    public string Render(string text, string label) =>
        _codes.GetOrCreate((text, label), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return QrCodeSvg.Render(text, label);
        })!;

    public void Dispose() => _codes.Dispose();
}
