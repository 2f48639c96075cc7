using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Xml;
using LearningCity.Common.Api;
using LearningCity.Common.Content;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Forum.Api;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Reading;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Feeds;

/// <summary>
/// Atom feeds (RFC 4287) of the latest topics of a category and of an indicator or province tag, built as an anonymous
/// reader sees the forum: public, approved, shown content only.
/// </summary>
internal static class ForumFeeds
{
    private const int Entries = 30;
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public static void MapForumFeeds(this WebApplication app)
    {
        app.MapGet("/forum/c/{slug}/feed.atom", CategoryAsync).ExcludeFromDescription();
        app.MapGet("/forum/tags/{code}/feed.atom", TagAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> CategoryAsync(string slug, ForumQueries queries, AppDbContext db, MarkdownRenderer markdown, SiteAddress site,
        JsonStringLocalizer l, AccountDirectory accounts, CancellationToken ct)
    {
        var category = await queries.CategoryAsync(Anonymous, slug, ct);
        if (category is null) return TypedResults.Problem(statusCode: 404, detail: l["Forum.Error.CategoryNotFound"]);
        var topics = await queries.TopicsAsync(Anonymous, category.Id, null, new PageRequest(1, Entries), ct);
        return await FeedAsync(l["Forum.Feed.Category", category.Name.Current], ForumLinks.Category(category.Slug), topics.Items, db, markdown, site, l, accounts, ct);
    }

    private static async Task<IResult> TagAsync(string code, ForumQueries queries, AppDbContext db, MarkdownRenderer markdown, SiteAddress site,
        JsonStringLocalizer l, AccountDirectory accounts, CancellationToken ct)
    {
        var tag = code.Trim().ToUpperInvariant();
        if (!ForumTags.IsIndicator(tag) && !ForumTags.IsProvince(tag)) return TypedResults.Problem(statusCode: 404, detail: l["Forum.Error.TagNotFound"]);
        var topics = await queries.TopicsAsync(Anonymous, null, tag, new PageRequest(1, Entries), ct);
        return await FeedAsync(l["Forum.Feed.Tag", tag], $"/forum/tags/{Uri.EscapeDataString(tag)}", topics.Items, db, markdown, site, l, accounts, ct);
    }

    private static async Task<IResult> FeedAsync(string title, string page, IReadOnlyList<TopicRow> topics, AppDbContext db, MarkdownRenderer markdown,
        SiteAddress site, JsonStringLocalizer l, AccountDirectory accounts, CancellationToken ct)
    {
        var ids = topics.Select(t => t.Id).ToList();
        var firsts = await db.ForumPosts.AsNoTracking().Where(p => ids.Contains(p.TopicId) && p.IsFirst).ToDictionaryAsync(p => p.TopicId, ct);
        var names = await accounts.DisplayNamesAsync(topics.Select(t => t.AuthorId), ct);
        var updated = topics.Count == 0 ? DateTime.UnixEpoch : topics.Max(t => t.LastPostAt);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, Cultures.LanguageCode);
            xml.WriteElementString("id", atom, site.Absolute(page));
            xml.WriteElementString("title", atom, title);
            xml.WriteElementString("updated", atom, Iso(updated));
            Link(xml, atom, "alternate", site.Absolute(page), "text/html");
            Link(xml, atom, "self", site.Absolute(page + "/feed.atom"), "application/atom+xml");
            xml.WriteStartElement("generator", atom);
            xml.WriteString(l["Site.Name"]);
            xml.WriteEndElement();
            foreach (var t in topics)
            {
                var url = site.Absolute(ForumLinks.Topic(t.Id));
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, url);
                xml.WriteElementString("title", atom, t.Title);
                xml.WriteElementString("published", atom, Iso(t.CreatedAt));
                xml.WriteElementString("updated", atom, Iso(t.LastPostAt));
                Link(xml, atom, "alternate", url, "text/html");
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, names.TryGetValue(t.AuthorId, out var n) ? n : l[DeletedAccount.LabelKey].Value);
                xml.WriteEndElement();
                foreach (var tag in t.Tags)
                {
                    xml.WriteStartElement("category", atom);
                    xml.WriteAttributeString("term", tag.Code);
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("content", atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(firsts.TryGetValue(t.Id, out var first) ? markdown.ToSafeHtml(first.Body) : "");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return TypedResults.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
