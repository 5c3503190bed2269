using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;

namespace Portal.Search.Controllers;

/// <summary><c>/sitemap.xml</c> from every module's <see cref="ISitemapSource"/>, and <c>/robots.txt</c> pointing to it.</summary>
public sealed class SitemapController(IEnumerable<ISitemapSource> sources) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("sitemap.xml")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var site = SiteRoot();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var source in sources)
            {
                await foreach (var entry in source.GetEntriesAsync(cancellationToken))
                {
                    if (!seen.Add(entry.Path))
                    {
                        continue;
                    }

                    xml.WriteStartElement("url", Namespace);
                    xml.WriteElementString("loc", Namespace, site + entry.Path);
                    if (entry.LastModified is { } modified)
                    {
                        xml.WriteElementString("lastmod", Namespace, modified.ToChinaTime().ToString("yyyy-MM-dd"));
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("robots.txt")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /admin\nDisallow: /account\n\nSitemap: {SiteRoot()}/sitemap.xml\n", "text/plain; charset=utf-8");

    private string SiteRoot() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
}
