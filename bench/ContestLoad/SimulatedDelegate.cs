using System.Net;

namespace ContestLoad;

/// <summary>One simulated delegate: signs in, writes a draft, attaches a file and submits (some with a double click).</summary>
internal sealed class SimulatedDelegate(int number, Browser browser, int trackId)
{
    public const string Password = "bench2026x";
    public const string TitlePrefix = "压测作品";

    private static readonly string Body = string.Concat(Enumerable.Repeat("代表要密切联系群众，依法履行职责，积极建言献策。", 40));

    public static string UserName(int number) => $"bench{number:000}";

    public async Task SubmitAsync(byte[] attachment, bool doubleClick, Action sent)
    {
        await browser.LoginAsync(UserName(number), Password);
        var form = await browser.GetStringAsync($"/my/entries/new?trackId={trackId}");
        var token = Browser.Token(form);
        var fields = new Dictionary<string, string>
        {
            ["TrackId"] = trackId.ToString(),
            ["ClientToken"] = Browser.InputValue(form, "ClientToken"),
            ["Title"] = $"{TitlePrefix}{number:000}",
            ["Unit"] = $"示例单位{number % 17}",
            ["Body"] = Body,
            ["Command"] = "save",
        };

        using (var draft = await browser.PostAsync("save-draft", "/my/entries/save", token, fields))
        {
            Expect(draft, "save-draft");
            fields["Id"] = draft.Headers.Location!.OriginalString.Split('/').Last();
        }

        using (var upload = await browser.UploadAsync($"/my/entries/{fields["Id"]}/attachments", token, attachment, $"材料{number}.pdf"))
        {
            Expect(upload, "upload");
        }

        fields["Command"] = "submit";
        sent();
        var submits = Enumerable.Range(0, doubleClick ? 2 : 1).Select(_ => browser.PostAsync("submit", "/my/entries/save", token, fields));
        foreach (var submit in await Task.WhenAll(submits))
        {
            using (submit)
            {
                Expect(submit, "submit");
                if (!submit.Headers.Location!.OriginalString.EndsWith("/receipt", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"submit went to {submit.Headers.Location}");
                }
            }
        }
    }

    private static void Expect(HttpResponseMessage response, string step)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{step} answered {(int)response.StatusCode}");
        }
    }
}
