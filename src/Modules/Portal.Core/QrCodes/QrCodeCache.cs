using Microsoft.Extensions.Caching.Memory;

namespace Portal.Core.QrCodes;

/// <summary>
/// Drawn codes by text and label: drawing one tries and scores eight masks on every rendered article page, and a page's
/// address rarely changes. Bounded, so ten thousand articles cannot fill memory.
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
