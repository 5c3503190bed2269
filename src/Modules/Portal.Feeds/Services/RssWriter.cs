using System.Globalization;
using System.Text;
using System.Xml;

namespace Portal.Feeds.Services;

/// <summary>Writes a channel as RSS 2.0 with absolute links, RFC 822 dates and an atom:link to itself.</summary>
public static class RssWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel channel, string siteRoot, string siteName, DateTime nowUtc)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, Atom);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"{channel.Title} - {siteName}");
            xml.WriteElementString("link", siteRoot + channel.PagePath);
            xml.WriteElementString("description", channel.Description);
            xml.WriteElementString("language", "zh-cn");
            xml.WriteElementString("lastBuildDate", Rfc822(channel.Items.Count > 0 ? channel.Items.Max(i => i.PublishedAt) : nowUtc));
            xml.WriteStartElement("atom", "link", Atom);
            xml.WriteAttributeString("href", siteRoot + channel.FeedPath);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in channel.Items)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Title);
                xml.WriteElementString("link", siteRoot + item.Path);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(siteRoot + item.Path);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(item.PublishedAt));
                xml.WriteElementString("category", item.Category);
                xml.WriteElementString("description", item.DescriptionHtml);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
