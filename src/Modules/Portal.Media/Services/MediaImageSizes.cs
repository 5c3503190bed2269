using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Media;
using Portal.Media.Models;
using Portal.Media.Rules;

namespace Portal.Media.Services;

/// <summary>
/// Describes a library image for the Markdown renderer: every stored size in <c>srcset</c>, and the intrinsic size of the
/// one the URL names. The renderer is a singleton that renders synchronously at save, hence a scope and a plain query.
/// </summary>
internal sealed class MediaImageSizes(IServiceScopeFactory scopes) : IResponsiveImages
{
    public ResponsiveImage? Describe(string url)
    {
        if (MediaRules.ParseUrl(url) is not { } name)
        {
            return null;
        }

        using var scope = scopes.CreateScope();
        var item = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().AsNoTracking()
            .Include(i => i.Variants)
            .SingleOrDefault(i => i.Hash == name.Hash);
        var named = item?.Variants.SingleOrDefault(v => v.Width == name.Width);
        if (item is null || named is null || item.Kind != name.Kind)
        {
            return null;
        }

        var srcset = string.Join(", ", item.Variants.OrderBy(v => v.Width).Select(v => $"{MediaRules.Url(item.Hash, v.Width, item.Kind)} {v.Width}w"));
        return new ResponsiveImage(named.Width, named.Height, srcset, MediaRules.Sizes(named.Width));
    }
}
