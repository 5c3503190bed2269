using System.Globalization;
using Portal.Contents.Rules;
using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

/// <summary>
/// Checks every row of a delegate spreadsheet before anything is written: missing columns, required cells,
/// levels and roles, dates, identity numbers, duplicates in the file and against the database.
/// </summary>
public static class DelegateImportRules
{
    public const int MaxRows = 2000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static ImportCheck Check(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, ExistingDelegates existing)
    {
        var problems = new List<ImportProblem>();
        var present = columns.Select(c => c.Trim()).ToHashSet();
        var missing = DelegateSheet.Required.Where(c => !present.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(0, string.Join("、", missing), $"缺少必需的列：{string.Join("、", missing)}。第一行应为列名，必需的列有：{string.Join("、", DelegateSheet.Required)}。"));
            return new ImportCheck([], problems);
        }

        if (rows.Count == 0)
        {
            problems.Add(new(0, "", "表格中没有代表数据（第一行为列名，从第二行起每行一位代表）。"));
            return new ImportCheck([], problems);
        }

        if (rows.Count > MaxRows)
        {
            problems.Add(new(0, "", $"一次最多导入 {MaxRows} 位代表，本文件有 {rows.Count} 行，请分批导入。"));
            return new ImportCheck([], problems);
        }

        var delegates = new List<ImportedDelegate>();
        var seenKeys = new Dictionary<string, int>();
        var seenIds = new Dictionary<string, int>();
        var seenSlugs = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2;
            var row = new RowReader(rows[i], rowNumber, problems);
            if (row.IsBlank)
            {
                continue;
            }

            var count = problems.Count;
            var name = row.Required(DelegateSheet.Name, 50);
            var level = row.Level();
            var congress = row.Required(DelegateSheet.Congress, MandateRules.TextMaxLength);
            var delegation = row.Required(DelegateSheet.Delegation, MandateRules.TextMaxLength);
            var start = row.Date(DelegateSheet.Start, required: true);
            var end = row.Date(DelegateSheet.End, required: false);
            var role = row.Role();
            var slug = row.Optional(DelegateSheet.Slug, SlugRules.MaxLength)?.ToLowerInvariant();
            var phone = row.Optional(DelegateSheet.Phone, 20);
            var idNumber = row.Optional(DelegateSheet.IdNumber, 18)?.ToUpperInvariant();
            var address = row.Optional(DelegateSheet.HomeAddress, 200);
            var biography = row.Optional(DelegateSheet.Biography, 5000) ?? "";

            if (start is { } s && end is { } e && e < s)
            {
                problems.Add(new(rowNumber, DelegateSheet.End, $"任期结束（{e:yyyy-MM-dd}）早于任期开始（{s:yyyy-MM-dd}）。"));
            }

            if (phone is not null && !PrivacyRules.IsValidPhone(phone))
            {
                problems.Add(new(rowNumber, DelegateSheet.Phone, $"“{phone}”不是有效的电话号码（手机 11 位，座机须带区号）。"));
            }

            if (idNumber is not null && !PrivacyRules.IsValidIdNumber(idNumber))
            {
                problems.Add(new(rowNumber, DelegateSheet.IdNumber, "身份证号无效（应为 18 位，出生日期和校验位须正确）。"));
            }

            if (slug is not null && SlugRules.Validate(slug) is { } slugError)
            {
                problems.Add(new(rowNumber, DelegateSheet.Slug, slugError));
            }

            foreach (var leaked in PrivacyRules.PrivateValuesIn(biography, phone, idNumber, address).Concat(PrivacyRules.PersonalDataIn(biography)).Distinct())
            {
                problems.Add(new(rowNumber, DelegateSheet.Biography, $"简介会在网站上公开，不能包含{leaked}。"));
            }

            if (name is not null && delegation is not null)
            {
                var key = ExistingDelegates.Key(name, delegation);
                if (seenKeys.TryGetValue(key, out var first))
                {
                    problems.Add(new(rowNumber, DelegateSheet.Name, $"与第 {first} 行重复：姓名“{name}”和代表团或选区“{delegation}”都相同。"));
                }
                else if (existing.NamesByDelegation.ContainsKey(key))
                {
                    problems.Add(new(rowNumber, DelegateSheet.Name, $"系统中已有代表“{name}”（{delegation}），不能重复导入。"));
                }
                else
                {
                    seenKeys[key] = rowNumber;
                }
            }

            if (idNumber is not null)
            {
                if (seenIds.TryGetValue(idNumber, out var first))
                {
                    problems.Add(new(rowNumber, DelegateSheet.IdNumber, $"与第 {first} 行的身份证号相同。"));
                }
                else if (existing.IdNumbers.Contains(idNumber))
                {
                    problems.Add(new(rowNumber, DelegateSheet.IdNumber, "系统中已有使用此身份证号的代表，不能重复导入。"));
                }
                else
                {
                    seenIds[idNumber] = rowNumber;
                }
            }

            if (slug is not null)
            {
                if (seenSlugs.TryGetValue(slug, out var first))
                {
                    problems.Add(new(rowNumber, DelegateSheet.Slug, $"与第 {first} 行的网址标识相同。"));
                }
                else if (existing.Slugs.Contains(slug))
                {
                    problems.Add(new(rowNumber, DelegateSheet.Slug, $"网址标识“{slug}”已被其他内容使用。"));
                }
                else
                {
                    seenSlugs[slug] = rowNumber;
                }
            }

            if (problems.Count == count)
            {
                var fields = new DelegateFields(
                    row.Optional(DelegateSheet.Occupation, 100),
                    row.Optional(DelegateSheet.Unit, 100),
                    role,
                    row.Optional(DelegateSheet.SpecialCommittee, 100),
                    row.Optional(DelegateSheet.ContactStation, 100),
                    row.Optional(DelegateSheet.ReceptionDays, 100),
                    PhotoId: null,
                    [new Mandate(level!.Value, congress!, delegation!, start!.Value, end)]);
                delegates.Add(new ImportedDelegate(rowNumber, name!, slug, fields, biography, phone, idNumber, address));
            }
        }

        if (delegates.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(0, "", "表格中没有代表数据（第一行为列名，从第二行起每行一位代表）。"));
        }

        return new ImportCheck(problems.Count == 0 ? delegates : [], problems);
    }

    /// <summary>A date cell as Excel gives it: a date, a serial number, or text such as 2012-01-01 or 2012年1月1日.</summary>
    public static DateOnly? ParseDate(object? cell) => cell switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        double serial when serial is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        int serial when serial > 0 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string text when DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };

    private sealed class RowReader(IReadOnlyDictionary<string, object?> cells, int row, List<ImportProblem> problems)
    {
        public bool IsBlank => cells.Values.All(v => string.IsNullOrWhiteSpace(Text(v)));

        public string? Required(string column, int maxLength)
        {
            var value = Optional(column, maxLength);
            if (value is null && !problems.Any(p => p.Row == row && p.Column == column))
            {
                problems.Add(new(row, column, $"{column}不能为空。"));
            }

            return value;
        }

        public string? Optional(string column, int maxLength)
        {
            var value = Text(cells.GetValueOrDefault(column))?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (value.Length > maxLength)
            {
                problems.Add(new(row, column, $"{column}不能超过 {maxLength} 个字（当前 {value.Length} 个）。"));
                return null;
            }

            return value;
        }

        public DelegateLevel? Level()
        {
            var text = Required(DelegateSheet.Level, 10);
            if (text is null)
            {
                return null;
            }

            if (ChineseNames.TryParse(ChineseNames.Levels, text, out var level))
            {
                return level;
            }

            problems.Add(new(row, DelegateSheet.Level, $"层级“{text}”无法识别，应为 {string.Join("、", ChineseNames.Levels.Values)} 之一。"));
            return null;
        }

        public CommitteeRole Role()
        {
            var text = Optional(DelegateSheet.CommitteeRole, 10);
            if (text is null)
            {
                return CommitteeRole.None;
            }

            if (ChineseNames.TryParse(ChineseNames.Roles, text, out var role))
            {
                return role;
            }

            problems.Add(new(row, DelegateSheet.CommitteeRole, $"常委会职务“{text}”无法识别，应为 {string.Join("、", ChineseNames.Roles.Values)} 之一，或留空。"));
            return CommitteeRole.None;
        }

        public DateOnly? Date(string column, bool required)
        {
            var cell = cells.GetValueOrDefault(column);
            if (string.IsNullOrWhiteSpace(Text(cell)))
            {
                if (required)
                {
                    problems.Add(new(row, column, $"{column}不能为空。"));
                }

                return null;
            }

            var date = ParseDate(cell);
            if (date is null)
            {
                problems.Add(new(row, column, $"“{Text(cell)}”不是有效的日期，请写成 2012-01-01 的格式。"));
            }

            return date;
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
