#include "input/dsreg_document.h"

namespace jd {

QString normaliseFieldKey(QStringView name)
{
    QString key(name.size(), Qt::Uninitialized);
    qsizetype length = 0;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // most names are ASCII: no Unicode tables
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                key[length++] = c;
            } else if (u >= u'A' && u <= u'Z') {
                key[length++] = QChar(char16_t(u - u'A' + u'a'));
            }
        } else if (c.isLetterOrNumber()) {
            key[length++] = c.toLower();
        }
    }
    key.truncate(length);
    return key;
}

namespace {
bool isWorkAccount(const QString &title)
{
    return title.startsWith(QStringLiteral("Work Account"), Qt::CaseInsensitive);
}
} // namespace

const DsregField *DsregDocument::find(const QString &key,
                                      std::initializer_list<const char *> preferredSections) const
{
    const QString wanted = normaliseFieldKey(key);
    for (const char *title : preferredSections) {
        if (const DsregSection *s = section(QString::fromLatin1(title))) {
            for (const DsregField &f : s->fields) {
                if (f.key == wanted) {
                    return &f;
                }
            }
        }
    }
    // Device-level sections first; per-account fields (WorkplaceTenantId, …) only live in
    // "Work Account N" blocks, so those are searched last.
    for (const bool workAccounts : {false, true}) {
        for (const DsregSection &s : sections) {
            if (isWorkAccount(s.title) != workAccounts) {
                continue;
            }
            for (const DsregField &f : s.fields) {
                if (f.key == wanted) {
                    return &f;
                }
            }
        }
    }
    return nullptr;
}

QList<const DsregField *> DsregDocument::findAll(const QString &key) const
{
    const QString wanted = normaliseFieldKey(key);
    QList<const DsregField *> found;
    for (const DsregSection &s : sections) {
        for (const DsregField &f : s.fields) {
            if (f.key == wanted) {
                found.append(&f);
            }
        }
    }
    return found;
}

const DsregSection *DsregDocument::section(const QString &title) const
{
    for (const DsregSection &s : sections) {
        if (s.title.compare(title, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

QList<const DsregField *> DsregDocument::allFields() const
{
    QList<const DsregField *> all;
    for (const DsregSection &s : sections) {
        for (const DsregField &f : s.fields) {
            all.append(&f);
        }
    }
    return all;
}

} // namespace jd
