/** The task pane inside Excel: Office.js boot, Office theme, the Office adapter. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { OfficePort } from "../adapters/office/office-port";
import { App } from "./components/App";
import { NotInExcel } from "./components/NotInExcel";
import { preferredTheme } from "./theme";

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const theme = preferredTheme(Office.context?.officeTheme?.bodyBackgroundColor);
  if (info.host !== Office.HostType.Excel) {
    createRoot(root).render(<NotInExcel theme={theme} />);
    return;
  }
  createRoot(root).render(<App port={new OfficePort()} theme={theme} />);
});
