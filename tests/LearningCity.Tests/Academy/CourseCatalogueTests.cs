using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Academy;

public sealed class CourseCatalogueTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Thai_words_typed_together_find_a_published_course_in_the_catalogue_the_api_and_the_search_page()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var tag = CityTestData.Unique("ปลากะพง");
        var id = (await author.CreateCourseAsync(AcademyTestData.Body(titleTh: $"การเลี้ยงปลากะพงในกระชัง {tag}"))).Id();
        await author.PublishCourseAsync(id);
        await factory.SearchCaughtUpAsync();

        var anonymous = factory.CreateBrowserlessClient();
        var page = await anonymous.GetPageAsync("/academy?q=" + Uri.EscapeDataString("เลี้ยงปลากะพง " + tag));
        Assert.Contains(page.QuerySelectorAll(".course-card"), c => c.GetAttribute("data-course-id") == id.ToString());
        var api = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/academy/courses?q=" + Uri.EscapeDataString("เลี้ยงปลากะพง" + tag));
        Assert.Equal(id, api.GetProperty("items")[0].Id());
        var search = await anonymous.GetStringAsync("/search?q=" + Uri.EscapeDataString(tag));
        Assert.Contains($"/academy/courses/{id}", search);
    }

    [Fact]
    public async Task The_catalogue_filters_by_capacity_and_audience_and_groups_under_the_capacities()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var tag = CityTestData.Unique("ตัวกรองหลักสูตร");
        var policy = (await author.CreateCourseAsync(AcademyTestData.Body(titleTh: $"นโยบาย {tag}", capacity: "PolicyAdvocacy", audiences: ["CityExecutives"]))).Id();
        var community = (await author.CreateCourseAsync(AcademyTestData.Body(titleTh: $"ชุมชน {tag}", capacity: "CommunityEngagement", audiences: ["Citizens", "CommunityLeaders"]))).Id();
        await author.PublishCourseAsync(policy);
        await author.PublishCourseAsync(community);
        await factory.SearchCaughtUpAsync();
        var anonymous = factory.CreateBrowserlessClient();

        async Task<List<int>> Listed(string query) =>
            (await anonymous.GetPageAsync($"/academy?q={Uri.EscapeDataString(tag)}&{query}")).QuerySelectorAll(".course-card")
                .Select(c => int.Parse(c.GetAttribute("data-course-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal([community, policy], await Listed(""));
        Assert.Equal([policy], await Listed("capacity=PolicyAdvocacy"));
        Assert.Equal([community], await Listed("audience=Citizens"));
        Assert.Empty(await Listed("audience=Citizens&capacity=PolicyAdvocacy"));
        Assert.Empty(await Listed("capacity=Nonsense"));
        var grouped = await anonymous.GetPageAsync($"/academy?q={Uri.EscapeDataString(tag)}");
        Assert.NotNull(grouped.QuerySelector($"#capacity-PolicyAdvocacy .course-card[data-course-id='{policy}']"));
        Assert.NotNull(grouped.QuerySelector($"#capacity-CommunityEngagement .course-card[data-course-id='{community}']"));

        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/academy/courses?capacity=PolicyAdvocacy&q={Uri.EscapeDataString(tag)}");
        Assert.Equal([policy], api.GetProperty("items").EnumerateArray().Select(i => i.Id()));
    }

    [Fact]
    public async Task The_demo_catalogue_has_a_published_course_in_each_capacity()
    {
        var list = await factory.CreateBrowserlessClient().GetFromJsonAsync<JsonElement>("/api/v1/academy/courses?pageSize=100");
        var demo = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isDemo").GetBoolean()).ToList();
        Assert.Equal(["CommunityEngagement", "CurriculumDevelopment", "PedagogicalInnovation", "PolicyAdvocacy"],
            demo.Select(d => d.GetProperty("capacity").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(demo, d => Assert.InRange(d.GetProperty("modules").GetArrayLength(), 2, 3));
    }

    [Fact]
    public async Task The_course_page_carries_schema_org_course_json_ld_and_sanitized_markdown()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var body = AcademyTestData.Body(lessonBody: "**ตัวหนา** <script>alert('x')</script> [ลิงก์](javascript:alert(1))");
        var id = (await author.CreateCourseAsync(body)).Id();
        await author.PublishCourseAsync(id);

        var response = await factory.CreateBrowserlessClient().GetAsync($"/academy/courses/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var ld = JsonDocument.Parse(page.QuerySelector("#course-jsonld")!.TextContent).RootElement;
        Assert.Equal("Course", ld.GetProperty("@type").GetString());
        Assert.Equal(body["titleTh"], ld.GetProperty("name").GetString());
        Assert.Equal("PT3.5H", ld.GetProperty("timeRequired").GetString());
        Assert.Equal("CourseInstance", ld.GetProperty("hasCourseInstance").GetProperty("@type").GetString());
        Assert.Equal("หน่วยแรก", ld.GetProperty("syllabusSections")[0].GetProperty("name").GetString());

        var lesson = page.QuerySelector(".course-lesson .markdown")!;
        Assert.NotNull(lesson.QuerySelector("strong"));
        Assert.Null(lesson.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", lesson.InnerHtml);
        Assert.DoesNotContain(page.QuerySelectorAll("main script"), s => s.TextContent.Contains("alert"));
    }
    [Fact]
    public async Task A_coordinator_finds_a_link_to_their_citys_team_in_the_catalogue_and_a_learner_does_not()
    {
        var name = CityTestData.Unique("เทศบาลลิงก์ทีม");
        var cityId = await factory.AddCityAsync(name, provinceCode: "TH-57");
        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var page = await coordinator.GetPageAsync("/academy");
        var link = page.QuerySelector($"#city-team-{cityId}");
        Assert.NotNull(link);
        Assert.Equal($"/academy/cities/{cityId}/team", link.GetAttribute("href"));
        Assert.Equal($"ทีมเมืองของฉัน: {name}", link.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(link.GetAttribute("href"))).StatusCode);

        var learner = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Empty((await learner.GetPageAsync("/academy")).QuerySelectorAll(".my-city-team"));
    }
}
