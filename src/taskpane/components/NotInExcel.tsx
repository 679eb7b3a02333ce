import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { t } from "../t";

/** Shown when the page is opened outside Excel (a browser tab, another Office app). */
export function NotInExcel({ theme }: { theme: "light" | "dark" }) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ padding: 12, minHeight: "100vh" }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("pane.fuori.excel")}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
