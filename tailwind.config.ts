import type { Config } from "tailwindcss";

/**
 * Loaded through `@config` in src/styles/globals.css. Tailwind 4 reads the content from
 * the CSS entry; this file carries Guild's design tokens.
 */
export default {
  content: ["./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          200: "#bcdaff",
          300: "#8ec3ff",
          400: "#59a1ff",
          500: "#337dfd",
          600: "#1d5ef2",
          700: "#1549df",
          800: "#183db4",
          900: "#1a388e",
          950: "#152456",
        },
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
