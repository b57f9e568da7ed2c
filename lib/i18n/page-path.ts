/** The request header proxy.ts sets to the request's path, for the root layout's <html lang dir> (issue 14). */
export const PAGE_PATH_HEADER = "x-pressroom-path";
