using System.Globalization;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace LearningCity.Tests.Platform;

/// <summary>Forms and machines read ISO Gregorian dates in every language; people read Buddhist Era dates in Thai.</summary>
public sealed class DateAndTimeTests
{
    private static readonly CultureInfo Thai = new("th-TH");
    private static readonly CultureInfo English = new("en-GB");

    private static async Task<(object? Value, bool Valid)> BindAsync(Type type, string text)
    {
        var metadata = new EmptyModelMetadataProvider().GetMetadataForType(type);
        var values = new QueryCollection(new Dictionary<string, StringValues> { ["value"] = text });
        var context = new DefaultModelBindingContext
        {
            ModelMetadata = metadata, ModelName = "value", ModelState = new ModelStateDictionary(),
            ValueProvider = new QueryStringValueProvider(BindingSource.Query, values, Thai),
        };
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Thai; // the Buddhist calendar, as a Thai request had it
        try { await new IsoDateModelBinder(Nullable.GetUnderlyingType(type) ?? type).BindModelAsync(context); }
        finally { CultureInfo.CurrentCulture = previous; }
        return (context.Result.IsModelSet ? context.Result.Model : null, context.ModelState.ErrorCount == 0);
    }

    [Fact]
    public void The_Thai_culture_on_its_own_calendar_reads_an_ISO_date_in_the_Buddhist_Era_which_is_why_binding_does_not_use_it()
    {
        Assert.Equal(1484, DateOnly.Parse("2027-12-31", Thai).Year);
        Assert.Equal("2570-12-31", new DateOnly(2027, 12, 31).ToString("yyyy-MM-dd", Thai));
    }

    [Fact]
    public async Task A_date_field_sent_from_a_Thai_page_binds_as_the_Gregorian_date()
    {
        Assert.Equal((new DateOnly(2027, 12, 31), true), await BindAsync(typeof(DateOnly?), "2027-12-31"));
        Assert.Equal((new DateTime(2027, 12, 31, 13, 30, 0), true), await BindAsync(typeof(DateTime?), "2027-12-31T13:30"));
        Assert.Equal((new TimeOnly(8, 30), true), await BindAsync(typeof(TimeOnly?), "08:30"));
        Assert.Equal((new DateTimeOffset(2027, 12, 31, 13, 30, 0, ThaiTime.Offset), true), await BindAsync(typeof(DateTimeOffset?), "2027-12-31T13:30"));
    }

    [Fact]
    public async Task An_instant_with_a_zone_binds_in_UTC_and_an_empty_field_binds_as_no_value()
    {
        var (value, valid) = await BindAsync(typeof(DateTime?), "2027-12-31T06:00:00Z");
        Assert.True(valid);
        Assert.Equal(new DateTime(2027, 12, 31, 6, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)value!).Kind);
        Assert.Equal((null, true), await BindAsync(typeof(DateOnly?), ""));
    }

    [Fact]
    public async Task A_date_that_is_not_ISO_is_a_field_error_not_a_guess()
    {
        Assert.False((await BindAsync(typeof(DateOnly?), "31/12/2570")).Valid);
        Assert.False((await BindAsync(typeof(DateOnly?), "not a date")).Valid);
        Assert.False((await BindAsync(typeof(TimeOnly?), "25:00")).Valid);
    }

    [Fact]
    public void The_request_culture_keeps_Thai_names_on_the_Gregorian_calendar()
    {
        var formatting = GregorianFormatting.Of(Thai);
        Assert.Equal("2027-12-31", new DateOnly(2027, 12, 31).ToString("yyyy-MM-dd", formatting));
        Assert.Equal(new DateOnly(2027, 12, 31), DateOnly.Parse("2027-12-31", formatting));
        Assert.Equal("ธันวาคม", formatting.DateTimeFormat.GetMonthName(12));
        Assert.Same(English, GregorianFormatting.Of(English));
    }

    [Fact]
    public void Date_and_time_fields_are_written_in_ISO_whatever_the_value_type()
    {
        Assert.Equal("2027-12-31", IsoDateInputTagHelper.IsoValue(new DateOnly(2027, 12, 31), "date"));
        Assert.Equal("2027-12-31T13:00", IsoDateInputTagHelper.IsoValue(new DateTime(2027, 12, 31, 13, 0, 0), "datetime-local"));
        Assert.Equal("2027-12-31T13:00", IsoDateInputTagHelper.IsoValue(new DateTimeOffset(2027, 12, 31, 6, 0, 0, TimeSpan.Zero), "datetime-local"));
        Assert.Equal("08:30", IsoDateInputTagHelper.IsoValue(new TimeOnly(8, 30), "time"));
        Assert.Equal("2027-12-31T06:00:00Z", IsoDates.Instant(new DateTime(2027, 12, 31, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2027-12-31T13:00", IsoDates.ThaiLocal(new DateTime(2027, 12, 31, 6, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_Thai_reader_sees_the_Buddhist_Era_and_an_English_reader_the_Common_Era()
    {
        var date = new DateOnly(2026, 12, 10);
        Assert.Equal("10 ธันวาคม พ.ศ. 2569", DateDisplay.Long(date, Thai));
        Assert.Equal("10 ธันวาคม พ.ศ. 2569", DateDisplay.Long(date, GregorianFormatting.Of(Thai)));
        Assert.Equal("10 December 2026", DateDisplay.Long(date, English));
        Assert.Equal("10 ธ.ค. 2569", DateDisplay.Short(date, Thai));
        Assert.Equal("10 Dec 2026", DateDisplay.Short(date, English));
        Assert.Equal("10 ธันวาคม พ.ศ. 2569 เวลา 13:00 น.", DateDisplay.WithTime(new DateTime(2026, 12, 10, 6, 0, 0, DateTimeKind.Utc), Thai));
        Assert.Equal("10 December 2026, 13:00", DateDisplay.WithTime(new DateTime(2026, 12, 10, 6, 0, 0, DateTimeKind.Utc), English));
    }

    [Fact]
    public void A_time_range_on_one_day_shows_the_date_once_and_the_range_in_Thai_time()
    {
        var start = new DateTime(2026, 12, 10, 6, 0, 0, DateTimeKind.Utc);
        Assert.Equal("10 ธ.ค. 2569 เวลา 13:00–15:00 น.", DateDisplay.TimeRange(start, start.AddHours(2), Thai));
        Assert.Equal("10 Dec 2026, 13:00–15:00", DateDisplay.TimeRange(start, start.AddHours(2), English));
    }

    [Fact]
    public void A_time_range_over_two_days_shows_both_dates()
    {
        var start = new DateTime(2026, 12, 10, 6, 0, 0, DateTimeKind.Utc);
        Assert.Equal("10 ธ.ค. 2569 เวลา 13:00 น. – 11 ธ.ค. 2569 เวลา 10:00 น.", DateDisplay.TimeRange(start, start.AddHours(21), Thai));
        Assert.Equal("10 Dec 2026, 13:00 – 11 Dec 2026, 10:00", DateDisplay.TimeRange(start, start.AddHours(21), English));
    }

    [Fact]
    public void A_year_kept_in_the_Buddhist_Era_reads_in_the_page_calendar()
    {
        Assert.Equal("2569", DateDisplay.YearOfBe(2569, Thai));
        Assert.Equal("2026", DateDisplay.YearOfBe(2569, English));
        Assert.Equal("พ.ศ. 2567", DateDisplay.Year(2024, Thai));
        Assert.Equal("2024", DateDisplay.Year(2024, English));
    }
}
