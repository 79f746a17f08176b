#include "import/import_kind_page.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "common/qt_text.h"
#include "gigamap/importers/import_kind.h"
#include "import/import_wizard.h"

namespace gigamap::desktop {

ImportKindPage::ImportKindPage(ImportWizard& wizard)
    : wizard_(wizard), kinds_(new QButtonGroup(this)) {
    setTitle(tr("What do you want to import?"));
    setSubTitle(
        tr("Choose the kind of data. gigamap checks every row and lists the rows it cannot use; "
           "the project changes only when the whole import has worked."));
    auto* layout = new QVBoxLayout(this);
    for (const auto& kind : importers::importKinds()) {
        auto* button = new QRadioButton(qtText(kind.title));
        button->setObjectName(QStringLiteral("kind-") + qtText(kind.name));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        kinds_->addButton(button, static_cast<int>(kind.kind));
        auto* description = new QLabel(qtText(kind.description));
        description->setWordWrap(true);
        description->setContentsMargins(24, 0, 0, 8);
        description->setBuddy(button);
        layout->addWidget(button);
        layout->addWidget(description);
    }
    layout->addStretch(1);
    kinds_->buttons().front()->setChecked(true);
}

bool ImportKindPage::validatePage() {
    const auto kind = static_cast<importers::ImportKind>(kinds_->checkedId());
    if (wizard_.job().kind != kind) {
        importers::ImportJob fresh;
        fresh.kind = kind;
        wizard_.job() = fresh;
    }
    return true;
}

}  // namespace gigamap::desktop
