using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Search.Tests;

/// <summary>Reads a rendered form the way a browser submits it: every named control with the value it shows, and the pressed button.</summary>
internal static class BrowserForm
{
    /// <summary>The fields sent by the form that posts to <paramref name="action"/> when the button labelled <paramref name="button"/> is pressed.</summary>
    public static Dictionary<string, string> Fields(string html, string action, string button)
    {
        var form = new HtmlParser().ParseDocument(html).Forms.Single(f => f.GetAttribute("action") == action);
        Assert.Contains(form.Elements, e => e is IHtmlButtonElement b && b.TextContent.Trim() == button);
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            (string? Name, string? Value) field = element switch
            {
                IHtmlButtonElement pressed when pressed.TextContent.Trim() == button => (pressed.Name, pressed.Value),
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => (null, null),
                IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" or "file" } => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlSelectElement select => (select.Name, (select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault())?.Value),
                IHtmlTextAreaElement text => (text.Name, text.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(field.Name) && field.Value is not null)
            {
                fields.TryAdd(field.Name, field.Value);
            }
        }

        return fields;
    }

    /// <summary>The value of the option labelled <paramref name="label"/> in the select named <paramref name="select"/>.</summary>
    public static string OptionValue(string html, string select, string label) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll<IHtmlSelectElement>($"select[name='{select}']").Single()
            .Options.Single(o => o.Text.Trim() == label).Value;
}
