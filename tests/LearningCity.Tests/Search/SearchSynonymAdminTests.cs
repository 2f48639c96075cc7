using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Modules.Search.Lists;
using LearningCity.Tests.Administration;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static LearningCity.Tests.Search.SearchSynonymTestData;

namespace LearningCity.Tests.Search;

/// <summary>Admins extend the search's synonym list through the API and the admin page; the search reads it without a re-index.</summary>
public sealed class SearchSynonymAdminTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_adds_changes_and_deletes_a_rule_and_the_search_synonyms_follow_at_once_with_an_audit_entry_each()
    {
        var admin = await factory.LoginAsAdminAsync("th");
        var (word, changed) = (Word("เมืองย่อ"), Word("เมืองเต็ม"));
        // Read once first, so that what follows is served from the cache unless the edits make this node read again.
        Assert.False((await factory.Synonyms().CurrentAsync()).HasRule($"{word} => นครทดสอบ"));

        var created = await (await admin.AddSynonymAsync($"  {word}   =>  นครทดสอบ  # ชื่อเล่น ")).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"{word}   =>  นครทดสอบ  # ชื่อเล่น", created.GetProperty("line").GetString());
        Assert.Equal($"{word} => นครทดสอบ", created.GetProperty("rule").GetProperty("text").GetString());
        Assert.True(created.GetProperty("rule").GetProperty("oneWay").GetBoolean());
        Assert.True((await factory.Synonyms().CurrentAsync()).HasRule($"{word} => นครทดสอบ"));
        Assert.Equal($"{word} => นครทดสอบ", (await factory.SynonymRowAsync(id))!.Rule);

        var updated = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { line = $"{changed}, นครทดสอบ, Test City" })).JsonAsync(HttpStatusCode.OK);
        Assert.False(updated.GetProperty("rule").GetProperty("oneWay").GetBoolean());
        var current = await factory.Synonyms().CurrentAsync();
        Assert.True(current.HasRule($"{changed}, นครทดสอบ, Test City"));
        Assert.False(current.HasRule($"{word} => นครทดสอบ"));
        Assert.True(current.Rules.Count > SearchSynonyms.BuiltIn.Rules.Count, "the built-in rules stay");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Api}/{id}")).StatusCode);
        Assert.False((await factory.Synonyms().CurrentAsync()).HasRule($"{changed}, นครทดสอบ, Test City"));
        Assert.Null(await factory.SynonymRowAsync(id));
        var missing = await (await admin.DeleteAsync($"{Api}/{id}")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal("ไม่พบกฎคำพ้องนี้", missing.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"{Api}/{id}", new { line = "ก, ข" })).StatusCode);

        var audit = await factory.AuditOfAsync("SearchSynonym", id);
        Assert.Equal(["search.synonym.create", "search.synonym.update", "search.synonym.delete"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(AuditActorKind.Account, e.ActorKind));
        Assert.StartsWith(changed, JsonDocument.Parse(audit[1].After!).RootElement.GetProperty("Line").GetString());
        Assert.StartsWith(word, JsonDocument.Parse(audit[1].Before!).RootElement.GetProperty("Line").GetString());
        Assert.Null(audit[2].After);
    }

    [Theory]
    [InlineData("ก => ข => ค", "ใช้ => ได้เพียงครั้งเดียวในหนึ่งกฎ")]
    [InlineData("คำเดียว", "กลุ่มคำพ้องต้องมีอย่างน้อย 2 คำคั่นด้วยจุลภาค และกฎทางเดียวต้องมีคำทั้งสองข้างของ =>")]
    [InlineData("=> นครราชสีมา", "กลุ่มคำพ้องต้องมีอย่างน้อย 2 คำคั่นด้วยจุลภาค และกฎทางเดียวต้องมีคำทั้งสองข้างของ =>")]
    [InlineData("!!, ??", "ทุกคำในกฎต้องมีตัวอักษรหรือตัวเลขอย่างน้อยหนึ่งตัว")]
    [InlineData("TOOLONG", "แต่ละคำในกฎต้องยาวไม่เกิน 100 ตัวอักษร")]
    [InlineData("TOOMANY", "กฎหนึ่งมีได้ไม่เกิน 20 คำ")]
    [InlineData("# มีแต่หมายเหตุ", "บรรทัดนี้มีแต่หมายเหตุ (หลัง #) ไม่มีกฎ")]
    [InlineData("ก, ข\nค, ง", "ใส่ได้ครั้งละหนึ่งกฎ (หนึ่งบรรทัด)")]
    [InlineData("   ", "โปรดกรอกกฎคำพ้อง")]
    public async Task A_line_that_is_no_rule_is_refused_with_400_and_a_Thai_message_and_nothing_is_stored(string line, string message)
    {
        line = line switch
        {
            "TOOLONG" => "ก, " + new string('ข', 101),
            "TOOMANY" => string.Join(", ", Enumerable.Range(1, 21).Select(i => $"คำ{i}")),
            _ => line,
        };
        var admin = await factory.LoginAsAdminAsync("th");
        var before = await factory.SynonymCountAsync();
        var problem = await (await admin.AddSynonymAsync(line)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("line")[0].GetString());
        Assert.Equal(before, await factory.SynonymCountAsync());

        var id = await factory.AddSynonymRowAsync($"{Word()}, คงเดิม");
        var put = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { line })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, put.GetProperty("errors").GetProperty("line")[0].GetString());
        Assert.EndsWith(", คงเดิม", (await factory.SynonymRowAsync(id))!.Line);
    }

    [Fact]
    public async Task A_refused_line_is_explained_in_English_and_a_rule_that_exists_is_refused_with_409()
    {
        var admin = await factory.LoginAsAdminAsync("en");
        var problem = await (await admin.AddSynonymAsync("a => b => c")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Use => only once in a rule", problem.GetProperty("errors").GetProperty("line")[0].GetString());

        var builtIn = SearchSynonyms.BuiltIn.Rules[0].ToString();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.AddSynonymAsync(builtIn)).StatusCode);
        var word = Word();
        await (await admin.AddSynonymAsync($"{word}, Twin")).JsonAsync(HttpStatusCode.Created);
        var before = await factory.SynonymCountAsync();
        var duplicate = await (await admin.AddSynonymAsync($"{word} ,  twin")).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("This rule already exists", duplicate.GetProperty("detail").GetString());
        Assert.Equal(before, await factory.SynonymCountAsync());
    }

    [Fact]
    public async Task Anonymous_callers_non_admins_and_admins_without_two_factor_cannot_add_change_or_delete_rules()
    {
        var id = await factory.AddSynonymRowAsync($"{Word()}, ห้ามแตะ");
        var anonymous = factory.CreateBrowserlessClient();
        anonymous.DefaultRequestHeaders.Add(TestUsers.ScriptHeader, "XMLHttpRequest");
        var callers = new List<(HttpClient Client, HttpStatusCode Expected)>
        {
            (anonymous, HttpStatusCode.Unauthorized),
            (await factory.LoginAsync(await factory.CreateAsync(Roles.Learner)), HttpStatusCode.Forbidden),
            (await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator)), HttpStatusCode.Forbidden),
            (await factory.LoginAsync(await factory.CreateAsync(Roles.Admin, twoFactor: false)), HttpStatusCode.Forbidden),
        };
        var before = await factory.SynonymCountAsync();
        foreach (var (client, expected) in callers)
        {
            Assert.Equal(expected, (await client.AddSynonymAsync($"{Word()}, ไม่มีสิทธิ์")).StatusCode);
            Assert.Equal(expected, (await client.PutAsJsonAsync($"{Api}/{id}", new { line = "ก, ข" })).StatusCode);
            Assert.Equal(expected, (await client.DeleteAsync($"{Api}/{id}")).StatusCode);
            var page = await client.GetAsync("/admin/search/synonyms");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        }
        Assert.Equal(before, await factory.SynonymCountAsync());
        Assert.EndsWith(", ห้ามแตะ", (await factory.SynonymRowAsync(id))!.Line);
    }

    [Fact]
    public async Task Anyone_reads_the_built_in_rules_and_the_admins_rules_with_the_demo_ones()
    {
        var list = await factory.CreateBrowserlessClient().GetFromJsonAsync<JsonElement>(Api);
        var builtIn = list.GetProperty("builtIn").EnumerateArray().ToList();
        Assert.Equal(SearchSynonyms.BuiltIn.Rules.Count, builtIn.Count);
        var obt = builtIn.Single(r => r.GetProperty("text").GetString()!.StartsWith("อบต. =>", StringComparison.Ordinal));
        Assert.True(obt.GetProperty("oneWay").GetBoolean());
        Assert.Contains("องค์การบริหารส่วนตำบล", obt.GetProperty("to").EnumerateArray().Select(t => t.GetString()));

        var demo = list.GetProperty("admin").EnumerateArray().Where(r => r.GetProperty("isDemo").GetBoolean()).ToList();
        Assert.Contains(demo, r => r.GetProperty("rule").GetProperty("text").GetString() == "โคราช => นครราชสีมา, Nakhon Ratchasima");
        Assert.Contains(demo, r => r.GetProperty("rule").GetProperty("text").GetString() == "กทม. => กรุงเทพมหานคร, Bangkok");
        Assert.True((await factory.Synonyms().CurrentAsync()).HasRule("โคราช => นครราชสีมา, Nakhon Ratchasima"));
        var one = demo[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync($"{Api}/{one}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"{Api}/999999")).StatusCode);
    }

    [Fact]
    public async Task Admin_page_lists_the_rules_adds_one_keeps_a_bad_line_with_its_error_edits_and_deletes()
    {
        var admin = await factory.LoginAsAdminAsync("th");
        var page = await admin.GetPageAsync("/admin/search/synonyms");
        Assert.Equal(SearchSynonyms.BuiltIn.Rules.Count, page.QuerySelectorAll(".builtin-synonym").Length);
        Assert.Contains("synonyms.txt", page.QuerySelector("#builtin-title + p")!.TextContent);

        var bad = await admin.SubmitFormAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Line"] = "โคราช => => นครราชสีมา" }, "#synonym-form");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await Html.ParseAsync(bad);
        Assert.Contains("ใช้ => ได้เพียงครั้งเดียวในหนึ่งกฎ", Html.FieldErrors(badPage));
        Assert.Equal("โคราช => => นครราชสีมา", badPage.QuerySelector("#Line")!.GetAttribute("value"));

        var word = Word("ห้องสมุดชุมชน");
        var added = await admin.SubmitFormAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Line"] = $"{word}, บ้านหนังสือ" }, "#synonym-form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var listed = await admin.GetPageAsync("/admin/search/synonyms");
        var row = listed.QuerySelectorAll("#admin-synonyms tr[data-synonym]").Single(r => r.TextContent.Contains(word, StringComparison.Ordinal));
        var id = int.Parse(row.GetAttribute("data-synonym")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("เพิ่มกฎคำพ้องเรียบร้อยแล้ว", listed.QuerySelector("main .alert-success")!.TextContent);
        Assert.True((await factory.Synonyms().CurrentAsync()).HasRule($"{word}, บ้านหนังสือ"));

        var tried = await admin.GetPageAsync("/admin/search/synonyms?try=" + Uri.EscapeDataString($"{word}ใกล้บ้าน"));
        // The built-in rule of ห้องสมุด applies too: the word starts with it.
        var matches = tried.QuerySelectorAll(".try-match").Select(m => m.TextContent).ToList();
        Assert.Contains(matches, m => m.Contains(word, StringComparison.Ordinal) && m.Contains("บ้านหนังสือ", StringComparison.Ordinal));
        Assert.Contains(matches, m => m.Contains("หอสมุด", StringComparison.Ordinal));

        var edited = await admin.SubmitFormAsync($"/admin/search/synonyms/{id}", new Dictionary<string, string> { ["Line"] = $"{word} => บ้านหนังสือ" }, "#synonym-form");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal($"{word} => บ้านหนังสือ", (await factory.SynonymRowAsync(id))!.Rule);
        var refused = await admin.SubmitFormAsync($"/admin/search/synonyms/{id}", new Dictionary<string, string> { ["Line"] = "" }, "#synonym-form");
        Assert.Contains("โปรดกรอกกฎคำพ้อง", Html.FieldErrors(await Html.ParseAsync(refused)));

        var deleted = await admin.SubmitFormAsync("/admin/search/synonyms", new Dictionary<string, string>(), $"#synonym-{id} form.delete-synonym");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await factory.SynonymRowAsync(id));
        Assert.False((await factory.Synonyms().CurrentAsync()).HasRule($"{word} => บ้านหนังสือ"));
    }

    [Fact]
    public async Task Another_node_sees_a_rule_added_through_this_one_within_the_reload_window_and_not_before()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 3, 0, 0, TimeSpan.Zero));
        var otherNode = new SearchSynonyms(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<SearchSynonyms>.Instance);
        var rule = $"{Word()} => นครราชสีมา";
        Assert.False((await otherNode.CurrentAsync()).HasRule(rule));

        var admin = await factory.LoginAsAdminAsync("th");
        await (await admin.AddSynonymAsync(rule)).JsonAsync(HttpStatusCode.Created);
        Assert.True((await factory.Synonyms().CurrentAsync()).HasRule(rule));
        Assert.False((await otherNode.CurrentAsync()).HasRule(rule));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False((await otherNode.CurrentAsync()).HasRule(rule));
        clock.Advance(TimeSpan.FromSeconds(2));
        var reloaded = await otherNode.CurrentAsync();
        Assert.True(reloaded.HasRule(rule));

        // Read again with nothing changed: the same set, so the query engine keeps what it compiled from it.
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Same(reloaded, await otherNode.CurrentAsync());
    }

    [Fact]
    public async Task A_row_that_is_no_rule_is_left_out_of_the_search_and_shown_as_not_applied()
    {
        var good = $"{Word()}, ยังใช้ได้";
        var id = await factory.AddSynonymRowAsync("แถวเสีย => => ไม่ใช่กฎ");
        await factory.AddSynonymRowAsync(good);
        factory.Synonyms().Invalidate();
        var current = await factory.Synonyms().CurrentAsync();
        Assert.True(current.HasRule(good));
        Assert.DoesNotContain(current.Rules, r => r.From.Contains("แถวเสีย"));

        var listed = await factory.CreateBrowserlessClient().GetFromJsonAsync<JsonElement>(Api);
        var row = listed.GetProperty("admin").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.False(row.GetProperty("inForce").GetBoolean());
        var page = await (await factory.LoginAsAdminAsync("en")).GetPageAsync("/admin/search/synonyms");
        Assert.Contains("not applied", page.QuerySelector($"#synonym-{id}")!.TextContent);
    }
}
