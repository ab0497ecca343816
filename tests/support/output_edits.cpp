#include "output_edits.h"

#include <gtest/gtest.h>
#include <QRegularExpression>
#include <QStringList>

namespace jd::test {

QString withField(QString text, const QString &field, const QString &value)
{
    const QRegularExpression line(
        QStringLiteral("^(\\s*%1 : ).*$").arg(QRegularExpression::escape(field)),
        QRegularExpression::MultilineOption);
    EXPECT_TRUE(line.match(text).hasMatch()) << field.toStdString();
    return text.replace(line, QStringLiteral("\\1") + value);
}

QString withLineAfter(QString text, const QString &after, const QString &line)
{
    const qsizetype at = text.indexOf(u'\n', text.indexOf(after));
    EXPECT_GT(at, 0) << after.toStdString();
    return text.insert(at + 1, line + u'\n');
}

std::string codesOf(const CheckResult &result)
{
    QStringList codes{result.code};
    for (const Finding &f : result.findings) {
        codes.append(f.code);
    }
    return codes.join(u' ').toStdString();
}

bool hasCode(const CheckResult &result, const char *code)
{
    if (result.code == QLatin1String(code)) {
        return true;
    }
    for (const Finding &f : result.findings) {
        if (f.code == QLatin1String(code)) {
            return true;
        }
    }
    return false;
}

} // namespace jd::test
